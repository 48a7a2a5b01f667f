//! The roll-call matrix: who voted how on which item, stored sparsely.

use crate::Error;

/// One recorded vote. Absence (not voting, not a member) is simply a missing entry.
///
/// The categories are ordered `No < Abstain < Yes` in the ordinal model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vote {
    /// In favour.
    Yes,
    /// Abstention (recorded as present and abstaining).
    Abstain,
    /// Against.
    No,
}

impl Vote {
    /// The ordinal category: `No = 0`, `Abstain = 1`, `Yes = 2`.
    pub fn category(self) -> u8 {
        match self {
            Vote::No => 0,
            Vote::Abstain => 1,
            Vote::Yes => 2,
        }
    }

    /// The vote of an ordinal category (`0 = No`, `1 = Abstain`, anything else = `Yes`).
    pub fn from_category(category: u8) -> Vote {
        match category {
            0 => Vote::No,
            1 => Vote::Abstain,
            _ => Vote::Yes,
        }
    }
}

/// A sparse roll-call matrix of actors × items, stored twice (by item and by actor).
///
/// Every actor must have at least one vote and every item at least one vote: a row or column
/// without data has no estimable parameter, and the caller should drop it before building.
/// Entries are kept in a canonical order (by item, then actor), so the input order of the
/// triples never changes a result.
#[derive(Debug, Clone)]
pub struct RollCalls {
    n_actors: usize,
    item_session: Vec<u16>,
    /// Item-major CSR: entries of item `j` are `item_ptr[j]..item_ptr[j + 1]`.
    pub(crate) item_ptr: Vec<usize>,
    /// Actor of each entry (item-major).
    pub(crate) entry_actor: Vec<u32>,
    /// Item of each entry (item-major).
    pub(crate) entry_item: Vec<u32>,
    /// Ordinal category of each entry (item-major): 0 = no, 1 = abstain, 2 = yes.
    pub(crate) entry_vote: Vec<u8>,
    /// Session of each entry (item-major) when an item is voted in several sessions
    /// (bridged items, [`RollCalls::bridged`]); `None`: every entry is in its item's session.
    pub(crate) entry_session: Option<Vec<u16>>,
    /// Actor-major CSR: entries of actor `i` are `actor_entry[actor_ptr[i]..actor_ptr[i + 1]]`.
    pub(crate) actor_ptr: Vec<usize>,
    /// Positions into the item-major arrays, grouped by actor (ascending item within an actor).
    pub(crate) actor_entry: Vec<u32>,
}

impl RollCalls {
    /// Builds the matrix from `(actor, item, vote)` triples.
    ///
    /// `item_sessions[j]` is the session of item `j` (used by the dynamic model; pass zeros if
    /// there is only one period). The number of items is `item_sessions.len()`.
    ///
    /// # Errors
    ///
    /// [`Error::Empty`] for zero actors, items or votes; [`Error::ActorOutOfRange`] /
    /// [`Error::ItemOutOfRange`] for a bad index; [`Error::DuplicateVote`];
    /// [`Error::ActorWithoutVotes`] / [`Error::ItemWithoutVotes`]; [`Error::TooLarge`].
    ///
    /// # Example
    ///
    /// ```
    /// use comity_ideal::{RollCalls, Vote};
    /// let rc = RollCalls::new(2, vec![1, 1], &[(0, 0, Vote::Yes), (1, 0, Vote::No), (0, 1, Vote::Abstain), (1, 1, Vote::Yes)])?;
    /// assert_eq!(rc.n_votes(), 4);
    /// # Ok::<(), comity_ideal::Error>(())
    /// ```
    pub fn new(
        n_actors: usize,
        item_sessions: Vec<u16>,
        votes: &[(usize, usize, Vote)],
    ) -> Result<RollCalls, Error> {
        let sessions = item_sessions.clone();
        let with_sessions: Vec<(usize, usize, u16, Vote)> = votes
            .iter()
            .map(|&(a, j, v)| (a, j, sessions.get(j).copied().unwrap_or(0), v))
            .collect();
        let mut rc = RollCalls::build(n_actors, item_sessions, &with_sessions)?;
        rc.entry_session = None;
        Ok(rc)
    }

    /// Builds a matrix whose items may be voted in several sessions: `(actor, item, session,
    /// vote)` quadruples. This is **bridging** (Bailey, Strezhnev & Voeten 2017): an identical
    /// resolution voted again in a later session is one item, so its parameters are shared and
    /// the sessions' scales are tied together. In the dynamic model each vote belongs to the
    /// actor's point of the vote's session. An actor may vote once per item and session.
    /// The session of an item (for [`RollCalls::item_session`]) is its earliest.
    ///
    /// # Errors
    ///
    /// As [`RollCalls::new`]; [`Error::DuplicateVote`] for two votes of one actor on one item
    /// in one session.
    pub fn bridged(
        n_actors: usize,
        n_items: usize,
        votes: &[(usize, usize, u16, Vote)],
    ) -> Result<RollCalls, Error> {
        let mut item_sessions = vec![u16::MAX; n_items];
        for &(_, j, s, _) in votes {
            if let Some(t) = item_sessions.get_mut(j) {
                *t = (*t).min(s);
            }
        }
        RollCalls::build(n_actors, item_sessions, votes)
    }

    /// Does any item have votes in more than one session?
    pub fn has_bridges(&self) -> bool {
        self.entry_session.as_ref().is_some_and(|es| {
            es.iter()
                .zip(&self.entry_item)
                .any(|(&s, &j)| self.item_session[j as usize] != s)
        })
    }

    /// The session of entry `e` (item-major).
    pub(crate) fn entry_session_of(&self, e: usize) -> u16 {
        match &self.entry_session {
            Some(es) => es[e],
            None => self.item_session[self.entry_item[e] as usize],
        }
    }

    fn build(
        n_actors: usize,
        item_sessions: Vec<u16>,
        votes: &[(usize, usize, u16, Vote)],
    ) -> Result<RollCalls, Error> {
        let n_items = item_sessions.len();
        if n_actors == 0 {
            return Err(Error::Empty { what: "actors" });
        }
        if n_items == 0 {
            return Err(Error::Empty { what: "items" });
        }
        if votes.is_empty() {
            return Err(Error::Empty { what: "votes" });
        }
        let max = u32::MAX as usize;
        for (what, count) in [
            ("actors", n_actors),
            ("items", n_items),
            ("votes", votes.len()),
        ] {
            if count > max {
                return Err(Error::TooLarge { what, count, max });
            }
        }
        // Counting sort by item, then sort each item's entries by actor.
        let mut item_ptr = vec![0usize; n_items + 1];
        for (position, &(actor, item, _, _)) in votes.iter().enumerate() {
            if actor >= n_actors {
                return Err(Error::ActorOutOfRange {
                    position,
                    actor,
                    n_actors,
                });
            }
            if item >= n_items {
                return Err(Error::ItemOutOfRange {
                    position,
                    item,
                    n_items,
                });
            }
            item_ptr[item + 1] += 1;
        }
        for j in 0..n_items {
            if item_ptr[j + 1] == 0 {
                return Err(Error::ItemWithoutVotes { item: j });
            }
            item_ptr[j + 1] += item_ptr[j];
        }
        let n = votes.len();
        let mut cursor = item_ptr.clone();
        let mut pairs = vec![(0u32, 0u16, 0u8); n];
        for &(actor, item, session, vote) in votes {
            pairs[cursor[item]] = (actor as u32, session, vote.category());
            cursor[item] += 1;
        }
        let mut entry_actor = Vec::with_capacity(n);
        let mut entry_item = Vec::with_capacity(n);
        let mut entry_vote = Vec::with_capacity(n);
        let mut entry_session = Vec::with_capacity(n);
        for j in 0..n_items {
            let slice = &mut pairs[item_ptr[j]..item_ptr[j + 1]];
            slice.sort_unstable_by_key(|p| (p.0, p.1));
            for w in slice.windows(2) {
                if (w[0].0, w[0].1) == (w[1].0, w[1].1) {
                    return Err(Error::DuplicateVote {
                        actor: w[0].0 as usize,
                        item: j,
                    });
                }
            }
            for &(a, t, v) in slice.iter() {
                entry_actor.push(a);
                entry_item.push(j as u32);
                entry_session.push(t);
                entry_vote.push(v);
            }
        }
        let (actor_ptr, actor_entry) = actor_major(n_actors, &entry_actor)
            .map_err(|actor| Error::ActorWithoutVotes { actor })?;
        Ok(RollCalls {
            n_actors,
            item_session: item_sessions,
            item_ptr,
            entry_actor,
            entry_item,
            entry_vote,
            entry_session: Some(entry_session),
            actor_ptr,
            actor_entry,
        })
    }

    /// Number of actors (rows).
    pub fn n_actors(&self) -> usize {
        self.n_actors
    }

    /// Number of items (roll calls, columns).
    pub fn n_items(&self) -> usize {
        self.item_session.len()
    }

    /// Number of recorded votes (non-missing entries).
    pub fn n_votes(&self) -> usize {
        self.entry_vote.len()
    }

    /// The session of item `item`, if it exists.
    pub fn item_session(&self, item: usize) -> Option<u16> {
        self.item_session.get(item).copied()
    }

    /// The sessions of all items, indexed by item.
    pub fn item_sessions(&self) -> &[u16] {
        &self.item_session
    }

    /// The distinct sessions, ascending.
    pub fn sessions(&self) -> Vec<u16> {
        let mut s = match &self.entry_session {
            Some(es) => {
                let mut s = es.clone();
                s.extend_from_slice(&self.item_session);
                s
            }
            None => self.item_session.clone(),
        };
        s.sort_unstable();
        s.dedup();
        s
    }

    /// The votes on item `item` as `(actor, vote)`, ascending by actor (empty if out of range).
    pub fn item_votes(&self, item: usize) -> impl Iterator<Item = (usize, Vote)> + '_ {
        let range = match (self.item_ptr.get(item), self.item_ptr.get(item + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        };
        range.map(move |e| {
            (
                self.entry_actor[e] as usize,
                Vote::from_category(self.entry_vote[e]),
            )
        })
    }

    /// The votes of actor `actor` as `(item, vote)`, ascending by item (empty if out of range).
    pub fn actor_votes(&self, actor: usize) -> impl Iterator<Item = (usize, Vote)> + '_ {
        let range = match (self.actor_ptr.get(actor), self.actor_ptr.get(actor + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        };
        self.actor_entry[range].iter().map(move |&e| {
            let e = e as usize;
            (
                self.entry_item[e] as usize,
                Vote::from_category(self.entry_vote[e]),
            )
        })
    }

    /// The yes/no votes only (abstentions dropped), for the binary model. Items may be left
    /// without votes (the model then gives them their prior); an actor may not.
    pub(crate) fn without_abstentions(&self) -> Result<RollCalls, Error> {
        let n = self.n_votes();
        let keep = |e: usize| self.entry_vote[e] != 1;
        let mut item_ptr = Vec::with_capacity(self.item_ptr.len());
        item_ptr.push(0);
        let (mut entry_actor, mut entry_item, mut entry_vote) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        let mut entry_session = self.entry_session.as_ref().map(|_| Vec::with_capacity(n));
        for j in 0..self.n_items() {
            for e in self.item_ptr[j]..self.item_ptr[j + 1] {
                if keep(e) {
                    entry_actor.push(self.entry_actor[e]);
                    entry_item.push(self.entry_item[e]);
                    entry_vote.push(self.entry_vote[e]);
                    if let Some(es) = entry_session.as_mut() {
                        es.push(self.entry_session_of(e));
                    }
                }
            }
            item_ptr.push(entry_vote.len());
        }
        let (actor_ptr, actor_entry) = actor_major(self.n_actors, &entry_actor)
            .map_err(|actor| Error::OnlyAbstentions { actor })?;
        Ok(RollCalls {
            n_actors: self.n_actors,
            item_session: self.item_session.clone(),
            item_ptr,
            entry_actor,
            entry_item,
            entry_vote,
            entry_session,
            actor_ptr,
            actor_entry,
        })
    }
}

/// The actor-major index of item-major entries (ascending item within an actor, because the
/// entries are item-major): `(actor_ptr, actor_entry)`, or the first actor without entries.
fn actor_major(n_actors: usize, entry_actor: &[u32]) -> Result<(Vec<usize>, Vec<u32>), usize> {
    let mut actor_ptr = vec![0usize; n_actors + 1];
    for &a in entry_actor {
        actor_ptr[a as usize + 1] += 1;
    }
    for i in 0..n_actors {
        if actor_ptr[i + 1] == 0 {
            return Err(i);
        }
        actor_ptr[i + 1] += actor_ptr[i];
    }
    let mut cursor = actor_ptr.clone();
    let mut actor_entry = vec![0u32; entry_actor.len()];
    for (e, &a) in entry_actor.iter().enumerate() {
        actor_entry[cursor[a as usize]] = e as u32;
        cursor[a as usize] += 1;
    }
    Ok((actor_ptr, actor_entry))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_order_and_indexes() {
        let votes = [
            (1, 1, Vote::No),
            (0, 1, Vote::Yes),
            (1, 0, Vote::Abstain),
            (0, 0, Vote::Yes),
        ];
        let rc = RollCalls::new(2, vec![3, 4], &votes).unwrap();
        assert_eq!(
            rc.item_votes(1).collect::<Vec<_>>(),
            vec![(0, Vote::Yes), (1, Vote::No)]
        );
        assert_eq!(
            rc.actor_votes(1).collect::<Vec<_>>(),
            vec![(0, Vote::Abstain), (1, Vote::No)]
        );
        assert_eq!(rc.sessions(), vec![3, 4]);
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(
            RollCalls::new(0, vec![1], &[]).unwrap_err(),
            Error::Empty { what: "actors" }
        );
        let e = RollCalls::new(1, vec![1], &[(0, 0, Vote::Yes), (0, 0, Vote::No)]).unwrap_err();
        assert_eq!(e, Error::DuplicateVote { actor: 0, item: 0 });
        let e = RollCalls::new(2, vec![1], &[(0, 0, Vote::Yes)]).unwrap_err();
        assert_eq!(e, Error::ActorWithoutVotes { actor: 1 });
        let e = RollCalls::new(1, vec![1, 1], &[(0, 0, Vote::Yes)]).unwrap_err();
        assert_eq!(e, Error::ItemWithoutVotes { item: 1 });
    }

    #[test]
    fn binary_view_drops_abstentions() {
        let votes = [
            (0, 0, Vote::Abstain),
            (1, 0, Vote::Abstain),
            (0, 1, Vote::Yes),
            (1, 1, Vote::No),
        ];
        let rc = RollCalls::new(2, vec![1, 1], &votes).unwrap();
        let b = rc.without_abstentions().unwrap();
        assert_eq!(b.n_votes(), 2);
        assert_eq!(b.n_items(), 2);
        assert_eq!(b.item_votes(0).count(), 0);
        assert_eq!(b.actor_votes(1).collect::<Vec<_>>(), vec![(1, Vote::No)]);
        let rc = RollCalls::new(2, vec![1], &[(0, 0, Vote::Yes), (1, 0, Vote::Abstain)]).unwrap();
        assert_eq!(
            rc.without_abstentions().unwrap_err(),
            Error::OnlyAbstentions { actor: 1 }
        );
    }
}
