//! How often a body's members miss its votes, from the body's own recorded votes.
//!
//! A stance model fitted on some bodies carries their absence rate to every body it is
//! applied to: a model fitted on the Interpol General Assembly of 2018 (190 members, 135
//! ballots) would have a fifth of the Security Council absent, where the Council's recorded
//! votes have every seat voting. When a body has recorded votes whose attendance is known,
//! its rate replaces the model's, and the answer says which votes it came from.

use crate::probability::Stance;
use crate::record::RecordedVote;

/// A body's attendance on its recorded votes.
#[derive(Debug, Clone, PartialEq)]
pub struct Attendance {
    /// The body.
    pub body: String,
    /// Seats that could have voted, summed over the votes used.
    pub seats: u32,
    /// Seats that did not vote (absent or not present), summed over the votes used.
    pub absent: u32,
    /// The recorded votes used (those whose attendance is known), by id.
    pub votes: Vec<String>,
}

impl Attendance {
    /// The probability that a member is absent: the posterior mean under a Jeffreys
    /// Beta(½, ½) prior, `(absent + ½) / (seats + 1)`, so that no absence in 45 seats
    /// gives about 1 %, not a certainty.
    pub fn rate(&self) -> f64 {
        (f64::from(self.absent) + 0.5) / (f64::from(self.seats) + 1.0)
    }
}

/// The attendance of `body` on the recorded votes whose attendance is known: the number of
/// seats is reported (`members`), or the absentees are (`absent`) together with every
/// ballot count. `None` when no vote of the body qualifies.
pub fn attendance(votes: &[RecordedVote], body: &str) -> Option<Attendance> {
    let mut a = Attendance {
        body: body.to_string(),
        seats: 0,
        absent: 0,
        votes: Vec::new(),
    };
    for v in votes.iter().filter(|v| v.body == body) {
        // Abstentions not reported: the absentees cannot be told from the abstainers.
        let Some(abstain) = v.abstain else { continue };
        let cast = v.yes + v.no + abstain + v.invalid.unwrap_or(0);
        let (seats, absent) = match (v.members, v.absent) {
            (Some(m), _) if m >= cast => (m, m - cast),
            (None, Some(x)) => (cast + x, x),
            _ => continue,
        };
        a.seats += seats;
        a.absent += absent;
        a.votes.push(v.id.clone());
    }
    (!a.votes.is_empty()).then_some(a)
}

/// A model's stance `s` with its absence probability set to `rate` and the other three scaled
/// to keep their proportions. A model stance that is certainly absent says nothing about how
/// the member votes when present: the three ballots then share `1 − rate` equally. (Only for
/// model stances: a user's assumption or a stated position is never passed here.)
pub fn with_absence(s: Stance, rate: f64) -> Stance {
    if !(0.0..=1.0).contains(&rate) {
        return s;
    }
    let present = s.yes + s.no + s.abstain;
    if present <= 0.0 {
        let third = (1.0 - rate) / 3.0;
        return Stance {
            yes: third,
            no: third,
            abstain: third,
            absent: rate,
        };
    }
    let k = (1.0 - rate) / present;
    Stance {
        yes: s.yes * k,
        no: s.no * k,
        abstain: s.abstain * k,
        absent: rate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vote(
        body: &str,
        yes: u32,
        no: u32,
        abstain: Option<u32>,
        members: Option<u32>,
        absent: Option<u32>,
    ) -> RecordedVote {
        RecordedVote {
            id: format!("{body}-{yes}"),
            body: body.into(),
            yes,
            no,
            abstain,
            members,
            absent,
            ..RecordedVote::default()
        }
    }

    #[test]
    fn attendance_counts_only_votes_whose_absentees_are_known() {
        // The Security Council's three recorded votes in data/votes.toml: 12-1-2, 13-1-1 and
        // 13-1-1 of 15 members (every seat voted).
        let votes = vec![
            vote("un.sc", 12, 1, Some(2), Some(15), None),
            vote("un.sc", 13, 1, Some(1), Some(15), None),
            vote("un.sc", 13, 1, Some(1), Some(15), None),
            // Abstentions not reported: skipped.
            vote("un.sc", 10, 1, None, Some(15), None),
            // Another body.
            vote("unesco.gc", 92, 50, Some(29), None, Some(15)),
        ];
        let a = attendance(&votes, "un.sc").unwrap();
        assert_eq!((a.seats, a.absent, a.votes.len()), (45, 0, 3));
        assert!((a.rate() - 0.5 / 46.0).abs() < 1e-12);
        // UNESCO 2015: 92 + 50 + 29 ballots and 15 absent (votes.toml) = 186 seats.
        let u = attendance(&votes, "unesco.gc").unwrap();
        assert_eq!((u.seats, u.absent), (186, 15));
        assert!(attendance(&votes, "interpol.ga").is_none());
    }

    #[test]
    fn absence_replaced_in_proportion() {
        let s = Stance {
            yes: 0.4,
            no: 0.2,
            abstain: 0.2,
            absent: 0.2,
        };
        let t = with_absence(s, 0.01);
        assert!((t.yes + t.no + t.abstain + t.absent - 1.0).abs() < 1e-12);
        assert!((t.absent - 0.01).abs() < 1e-12);
        assert!((t.yes / t.no - 2.0).abs() < 1e-12);
        // A model that puts a category certainly absent (an unidentified fit) says nothing
        // about the ballot: the three share what is left.
        let t = with_absence(Stance::certain(crate::Ballot::Absent), 0.01);
        assert!((t.yes - 0.33).abs() < 1e-12 && (t.no - 0.33).abs() < 1e-12);
    }
}
