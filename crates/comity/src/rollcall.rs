//! UN General Assembly roll calls: import of Voeten's data (as packaged in the
//! R package `unvotes`) from a path into the store, and the country mapping.
//!
//! (Being written: see ARCHITECTURE.md, section `rollcall`.)
