//! Notes the interfaces print beside an answer whatever the question: shared by the CLI (and
//! open to the server) so that they say the same thing in the same words.

use jiff::civil;

/// The note for a day after today: what the ledger holds as of today, acts after today
/// unknown — the words the pair status appends to its reason ([`crate::Ledger::status`]), for
/// answers that have no single reason to append it to (`comity entities`, `comity simulate`;
/// review 14: `entities --as-of 2030-01-01` did not say that 2030 is after today).
/// `None` for today or a day before it.
pub fn after_today(day: civil::Date, today: civil::Date) -> Option<String> {
    (day > today).then(|| {
        format!(
            "{day} is after today, {today}: what the ledger holds as of today; acts after today \
             are unknown"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_day_after_today_gets_the_note() {
        let today = civil::date(2026, 12, 7);
        assert_eq!(after_today(today, today), None);
        assert_eq!(after_today(civil::date(2008, 2, 17), today), None);
        let n = after_today(civil::date(2030, 1, 1), today).unwrap();
        assert!(
            n.starts_with("2030-01-01 is after today, 2026-12-07"),
            "{n}"
        );
    }
}
