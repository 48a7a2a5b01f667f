//! comity: the recognition ledger.
