//! Findings of the fourteenth (read-only) review on the CLI's interface: every note the JSON
//! has is in the table, a future day is said to be one, someone else's database is refused,
//! date messages say what was read and what is expected, claims and memberships show their
//! sources, and names resolve as the actor table writes them. Expected values come from the
//! shipped tables or the README, named beside each check.

use super::{comity, env, stdout};

// data/groups.csv: `unsc-elected` has "one row per calendar year, 1994-2009 only", so nobody is
// its member on 2015-01-01 (data/memberships.csv has no row covering 2015); the JSON's note
// (`comity::json::count_notes`) says a total of 0 is no answer, and so must the table.
#[test]
fn a_total_of_0_is_no_answer_in_the_table_too() {
    let e = env();
    let args = [
        "recognitions",
        "XKX",
        "--among",
        "unsc-elected",
        "--as-of",
        "2015-01-01",
    ];
    let table = stdout(&e.db, &args);
    assert!(table.contains("of 0 counted"), "{table}");
    assert!(
        table.contains("a total of 0 is no answer"),
        "the table drops the JSON's note:\n{table}"
    );
}
