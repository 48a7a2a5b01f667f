//! Declarations of independence.

use super::Ctx;
use crate::claim::ClaimKind;
use crate::extract::Proposal;

pub(super) fn independence(c: &Ctx<'_>, out: &mut Vec<Proposal>) {
    for m in c.rx.independence.find_iter(c.s.text) {
        let (ts, te) = (c.abs(m.start()), c.abs(m.end()));
        let sub = c.before(ts, 30, |x| c.state(x)).map(|x| x.actor.clone());
        let obj = c.after(te, 6, |x| c.state(x)).map(|x| x.actor.clone());
        if let (Some(sub), Some(obj)) = (sub, obj) {
            out.push(Proposal::new(
                ClaimKind::Independence,
                &sub,
                &obj,
                None,
                ts,
                "independence-declared",
            ));
        }
    }
}
