//! Ideal points from the stored roll calls: fitting with `comity-ideal`,
//! storing estimates, and predicting votes through the rules' stance-model
//! interface.
//!
//! (Being written: see ARCHITECTURE.md, section `ideal`.)
