//! Where the ideal points live: one per actor (static) or one per actor per session (dynamic),
//! and the prior that ties them together.
//!
//! In the dynamic model an actor has a point for every session (among the sessions that occur
//! in the data) from its first to its last voting session, gaps included; consecutive points
//! follow a Gaussian random walk whose step variance grows with the number of sessions between
//! them, and the first point has a N(0, 1) prior — the set-up of Martin & Quinn (2002).
//! Optionally every later point also has a N(0, 1/level) prior ([`Layout::level`]), which
//! keeps the path of an actor whose votes separate it from everyone else finite when the walk
//! is loose.
//! Given the E-step's Gaussian pseudo-observations, the conditional mode of an actor's whole
//! path is the solution of a symmetric tridiagonal system; solving it is the Rauch–Tung–Striebel
//! (Kalman) smoother's mean, computed here by the Thomas algorithm.

use crate::RollCalls;

/// Mapping between votes and ideal points.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    /// Dynamic model?
    pub dynamic: bool,
    /// Some item is voted in several sessions: the per-session shifts and scales are then
    /// not likelihood-invariant and are skipped.
    pub bridged: bool,
    /// Distinct sessions, ascending.
    pub sessions: Vec<u16>,
    /// Points of actor `i` are `actor_offset[i]..actor_offset[i + 1]`.
    pub actor_offset: Vec<usize>,
    /// Session of each point (index into `sessions`; 0 in the static model).
    pub point_session: Vec<usize>,
    /// Point of each vote (item-major entry order).
    pub entry_point: Vec<u32>,
    /// Session of each item (index into `sessions`).
    pub item_session: Vec<usize>,
    /// First point of the actor of each point.
    point_actor_start: Vec<usize>,
    /// Points of session `t`: `session_points[session_point_ptr[t]..session_point_ptr[t + 1]]`.
    session_points: Vec<usize>,
    session_point_ptr: Vec<usize>,
    /// Items of session `t`, likewise.
    session_items: Vec<usize>,
    session_item_ptr: Vec<usize>,
    /// Dynamic model: precision of a N(0, 1/level) prior on every point but an actor's
    /// first (0: none, the plain random walk).
    pub level: f64,
}

/// Groups `0..keys.len()` by key (`0..n_keys`), ascending within a group: `(members, ptr)`.
fn group_by_key(keys: &[usize], n_keys: usize) -> (Vec<usize>, Vec<usize>) {
    let mut ptr = vec![0usize; n_keys + 1];
    for &k in keys {
        ptr[k + 1] += 1;
    }
    for k in 0..n_keys {
        ptr[k + 1] += ptr[k];
    }
    let mut cursor = ptr.clone();
    let mut members = vec![0usize; keys.len()];
    for (m, &k) in keys.iter().enumerate() {
        members[cursor[k]] = m;
        cursor[k] += 1;
    }
    (members, ptr)
}

impl Layout {
    /// Builds the layout of `rc` for the static or the dynamic model.
    pub fn new(rc: &RollCalls, dynamic: bool) -> Layout {
        let sessions = rc.sessions();
        let n_actors = rc.n_actors();
        // Session index of each item.
        let item_t: Vec<usize> = rc
            .item_sessions()
            .iter()
            .map(|s| sessions.binary_search(s).unwrap_or(0))
            .collect();
        if !dynamic {
            let entry_point = rc.entry_actor.clone();
            return Layout {
                dynamic,
                bridged: false,
                sessions,
                actor_offset: (0..=n_actors).collect(),
                point_session: vec![0; n_actors],
                entry_point,
                item_session: item_t,
                point_actor_start: (0..n_actors).collect(),
                session_points: Vec::new(),
                session_point_ptr: Vec::new(),
                session_items: Vec::new(),
                session_item_ptr: Vec::new(),
                level: 0.0,
            };
        }
        let mut first = vec![usize::MAX; n_actors];
        let mut last = vec![0usize; n_actors];
        // Session index of each entry (its item's, unless the item is bridged).
        let entry_t: Vec<usize> = (0..rc.n_votes())
            .map(|e| sessions.binary_search(&rc.entry_session_of(e)).unwrap_or(0))
            .collect();
        for (e, &a) in rc.entry_actor.iter().enumerate() {
            let t = entry_t[e];
            let a = a as usize;
            first[a] = first[a].min(t);
            last[a] = last[a].max(t);
        }
        let mut actor_offset = Vec::with_capacity(n_actors + 1);
        let mut point_session = Vec::new();
        actor_offset.push(0);
        for i in 0..n_actors {
            // Every actor has a vote (checked by RollCalls), so first <= last.
            for t in first[i]..=last[i] {
                point_session.push(t);
            }
            actor_offset.push(point_session.len());
        }
        let entry_point = rc
            .entry_actor
            .iter()
            .zip(&entry_t)
            .map(|(&a, &t)| {
                let a = a as usize;
                (actor_offset[a] + t - first[a]) as u32
            })
            .collect();
        let mut point_actor_start = Vec::with_capacity(point_session.len());
        for w in actor_offset.windows(2) {
            point_actor_start.extend(std::iter::repeat_n(w[0], w[1] - w[0]));
        }
        let (session_points, session_point_ptr) = group_by_key(&point_session, sessions.len());
        let (session_items, session_item_ptr) = group_by_key(&item_t, sessions.len());
        Layout {
            dynamic,
            bridged: rc.has_bridges(),
            sessions,
            actor_offset,
            point_session,
            entry_point,
            item_session: item_t,
            point_actor_start,
            session_points,
            session_point_ptr,
            session_items,
            session_item_ptr,
            level: 0.0,
        }
    }

    /// Total number of points.
    pub fn n_points(&self) -> usize {
        self.point_session.len()
    }

    /// Session number (as given by the caller) of point `p`, or `None` in the static model.
    pub fn session_of(&self, p: usize) -> Option<u16> {
        if self.dynamic {
            self.sessions.get(self.point_session[p]).copied()
        } else {
            None
        }
    }

    /// Variance of the random-walk step into point `p` (which is not an actor's first point).
    fn step_variance(&self, p: usize, walk_sd: f64) -> f64 {
        let gap = self.sessions[self.point_session[p]] as f64
            - self.sessions[self.point_session[p - 1]] as f64;
        walk_sd * walk_sd * gap.max(1.0)
    }

    /// Log prior density (up to a constant) of the points of actor `i`.
    pub fn ln_prior(&self, i: usize, x: &[f64], walk_sd: f64) -> f64 {
        let (start, end) = (self.actor_offset[i], self.actor_offset[i + 1]);
        let level: f64 = x[start + 1..end].iter().map(|v| v * v).sum();
        -0.5 * (x[start] * x[start] + self.level * level + self.walk_sum(i, x, walk_sd))
    }

    /// `Σ d²/q` over the random-walk steps `d` (variance `q`) of actor `i`'s points (0 in
    /// the static model).
    pub fn walk_sum(&self, i: usize, x: &[f64], walk_sd: f64) -> f64 {
        let (start, end) = (self.actor_offset[i], self.actor_offset[i + 1]);
        if !self.dynamic {
            return 0.0;
        }
        (start + 1..end)
            .map(|p| {
                let d = x[p] - x[p - 1];
                d * d / self.step_variance(p, walk_sd)
            })
            .sum()
    }

    /// Parameter-expansion step of the dynamic model for the sessions' locations.
    ///
    /// Every item belongs to one session, so shifting all points of session `t` by `c_t`
    /// and the intercepts of its items by `−b_j c_t` leaves the likelihood unchanged; only
    /// the priors (first point, random walk, intercepts) pin these shifts down, and EM-type
    /// iterations crawl along them. This step chooses `c` to maximise the priors — a
    /// quadratic in `c` whose matrix is tridiagonal (the random walk couples consecutive
    /// sessions), solved exactly by the Thomas algorithm — so it is an exact conditional
    /// maximisation and cannot lower the objective. No-op in the static model.
    pub fn shift_sessions(
        &self,
        x: &mut [f64],
        a: &mut [f64],
        b: &[f64],
        item_var: f64,
        walk_sd: f64,
    ) {
        let n_t = self.sessions.len();
        if !self.dynamic || self.bridged || n_t < 2 {
            return;
        }
        // diag[t] c_t + off[t] c_{t-1} + off[t+1] c_{t+1} = rhs[t].
        let (mut diag, mut off, mut rhs) = (vec![0.0; n_t], vec![0.0; n_t], vec![0.0; n_t]);
        for (j, &t) in self.item_session.iter().enumerate() {
            diag[t] += b[j] * b[j] / item_var;
            rhs[t] += a[j] * b[j] / item_var;
        }
        for w in self.actor_offset.windows(2) {
            let (start, end) = (w[0], w[1]);
            let first = self.point_session[start];
            diag[first] += 1.0;
            rhs[first] -= x[start];
            for p in start + 1..end {
                diag[self.point_session[p]] += self.level;
                rhs[self.point_session[p]] -= self.level * x[p];
                let q = 1.0 / self.step_variance(p, walk_sd);
                let (t, s) = (self.point_session[p], self.point_session[p - 1]);
                let d = x[p] - x[p - 1];
                diag[t] += q;
                diag[s] += q;
                off[t] -= q;
                rhs[t] -= q * d;
                rhs[s] += q * d;
            }
        }
        let mut cp = vec![0.0; n_t];
        let mut dp = vec![0.0; n_t];
        for t in 0..n_t {
            let (c_prev, d_prev) = if t == 0 {
                (0.0, 0.0)
            } else {
                (cp[t - 1], dp[t - 1])
            };
            let denom = diag[t] - off[t] * c_prev;
            cp[t] = if t + 1 < n_t { off[t + 1] / denom } else { 0.0 };
            dp[t] = (rhs[t] - off[t] * d_prev) / denom;
        }
        let mut c = vec![0.0; n_t];
        c[n_t - 1] = dp[n_t - 1];
        for t in (0..n_t - 1).rev() {
            c[t] = dp[t] - cp[t] * c[t + 1];
        }
        if !c.iter().all(|v| v.is_finite()) {
            return;
        }
        for (p, xp) in x.iter_mut().enumerate() {
            *xp += c[self.point_session[p]];
        }
        for (j, &t) in self.item_session.iter().enumerate() {
            a[j] -= b[j] * c[t];
        }
    }

    /// Parameter-expansion step of the dynamic model for the sessions' scales.
    ///
    /// Multiplying all points of session `t` by `s_t > 0` and dividing the slopes of its
    /// items by `s_t` leaves the likelihood unchanged; the priors (first point, random walk,
    /// slopes) pin these scales down. For each session in turn, with the others held, the
    /// log-prior is `−A s²/2 + B s − C/(2s²)` (`A`: first points and random-walk terms of the
    /// session's points; `B`: the random-walk cross terms with the neighbouring sessions;
    /// `C = Σ b_j²/v` over its items), maximised at the unique positive root of
    /// `A s⁴ − B s³ − C = 0` — an exact conditional maximisation, so the objective cannot
    /// decrease. No-op in the static model.
    pub fn scale_sessions(&self, x: &mut [f64], b: &mut [f64], item_var: f64, walk_sd: f64) {
        if !self.dynamic || self.bridged || self.sessions.len() < 2 {
            return;
        }
        for t in 0..self.sessions.len() {
            let points =
                &self.session_points[self.session_point_ptr[t]..self.session_point_ptr[t + 1]];
            let items = &self.session_items[self.session_item_ptr[t]..self.session_item_ptr[t + 1]];
            let c: f64 = items.iter().map(|&j| b[j] * b[j]).sum::<f64>() / item_var;
            let (mut a_sum, mut b_sum) = (0.0, 0.0);
            for &p in points {
                let i_start = self.point_actor_start[p];
                if p == i_start {
                    a_sum += x[p] * x[p];
                } else {
                    let q = 1.0 / self.step_variance(p, walk_sd);
                    a_sum += (q + self.level) * x[p] * x[p];
                    b_sum += q * x[p] * x[p - 1];
                }
                if p + 1 < self.point_session.len() && self.point_actor_start[p + 1] == i_start {
                    let q = 1.0 / self.step_variance(p + 1, walk_sd);
                    a_sum += q * x[p] * x[p];
                    b_sum += q * x[p] * x[p + 1];
                }
            }
            if !(c > 1e-300 && a_sum > 1e-300) {
                continue;
            }
            // f(s) = A s⁴ − B s³ − C: negative at 0, one positive root; Newton from the
            // right of the root (where f is increasing and convex) converges monotonically.
            let f = |s: f64| ((a_sum * s - b_sum) * s * s) * s - c;
            let mut s = 1.0f64;
            while f(s) < 0.0 && s < 1e6 {
                s *= 2.0;
            }
            for _ in 0..60 {
                let d = (4.0 * a_sum * s - 3.0 * b_sum) * s * s;
                if d.is_nan() || d <= 0.0 {
                    break;
                }
                let next = s - f(s) / d;
                if !(next > 0.0 && next.is_finite()) || (next - s).abs() <= 1e-14 * s {
                    s = if next > 0.0 && next.is_finite() {
                        next
                    } else {
                        s
                    };
                    break;
                }
                s = next;
            }
            if !(s > 0.0 && s.is_finite()) || f(s).abs() > 1e-8 * (c + a_sum * s.powi(4)) {
                continue;
            }
            for &p in points {
                x[p] *= s;
            }
            for &j in items {
                b[j] /= s;
            }
        }
    }

    /// Mode of actor `i`'s points given Gaussian pseudo-observations: precisions `prec` and
    /// precision-weighted values `h` (one per point of the actor), written into `out`.
    pub fn smooth(&self, i: usize, prec: &[f64], h: &[f64], walk_sd: f64, out: &mut [f64]) {
        let start = self.actor_offset[i];
        let n = out.len();
        if !self.dynamic || n == 1 {
            for k in 0..n {
                out[k] = h[k] / (prec[k] + 1.0);
            }
            return;
        }
        // Tridiagonal system: diag[k] x[k] + off[k] x[k-1] + off[k+1] x[k+1] = h[k],
        // off[k] = -1 / step variance into point k. Thomas algorithm (the matrix is
        // symmetric positive definite and diagonally dominant, so no pivoting is needed).
        let inv_q: Vec<f64> = (0..n)
            .map(|k| {
                if k == 0 {
                    0.0
                } else {
                    1.0 / self.step_variance(start + k, walk_sd)
                }
            })
            .collect();
        let mut c = vec![0.0; n];
        let mut d = vec![0.0; n];
        for k in 0..n {
            let mut diag = prec[k] + inv_q[k];
            diag += if k == 0 { 1.0 } else { self.level };
            if k + 1 < n {
                diag += inv_q[k + 1];
            }
            let off = -inv_q[k];
            let (c_prev, d_prev) = if k == 0 {
                (0.0, 0.0)
            } else {
                (c[k - 1], d[k - 1])
            };
            let denom = diag - off * c_prev;
            c[k] = if k + 1 < n {
                -inv_q[k + 1] / denom
            } else {
                0.0
            };
            d[k] = (h[k] - off * d_prev) / denom;
        }
        out[n - 1] = d[n - 1];
        for k in (0..n - 1).rev() {
            out[k] = d[k] - c[k] * out[k + 1];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Vote;

    #[test]
    fn session_steps_keep_the_likelihood_and_raise_the_prior() {
        // Three actors over four sessions with gaps; arbitrary (deterministic) parameters.
        let votes = [
            (0, 0, Vote::Yes),
            (1, 0, Vote::No),
            (1, 1, Vote::Yes),
            (2, 1, Vote::No),
            (0, 2, Vote::No),
            (2, 2, Vote::Yes),
            (0, 3, Vote::Yes),
            (1, 3, Vote::No),
            (2, 4, Vote::Yes),
            (1, 4, Vote::Yes),
        ];
        let rc = RollCalls::new(3, vec![1, 2, 3, 5, 5], &votes).unwrap();
        // Without and with the level prior on the later points.
        for level in [0.0, 0.7] {
            let mut layout = Layout::new(&rc, true);
            layout.level = level;
            let mut x: Vec<f64> = (0..layout.n_points())
                .map(|p| ((p * 37 % 11) as f64 - 5.0) / 3.0)
                .collect();
            let mut a: Vec<f64> = (0..5).map(|j| (j as f64 - 2.0) * 0.7).collect();
            let mut b: Vec<f64> = (0..5).map(|j| 0.5 + j as f64 * 0.3).collect();
            let (v, sd) = (25.0, 0.4);
            let mu = |x: &[f64], a: &[f64], b: &[f64]| -> Vec<f64> {
                (0..rc.n_votes())
                    .map(|e| {
                        let j = rc.entry_item[e] as usize;
                        a[j] + b[j] * x[layout.entry_point[e] as usize]
                    })
                    .collect()
            };
            let prior = |x: &[f64], a: &[f64], b: &[f64]| -> f64 {
                (0..3).map(|i| layout.ln_prior(i, x, sd)).sum::<f64>()
                    - a.iter().chain(b).map(|t| t * t).sum::<f64>() / (2.0 * v)
            };
            let (mu0, p0) = (mu(&x, &a, &b), prior(&x, &a, &b));
            layout.shift_sessions(&mut x, &mut a, &b, v, sd);
            let (mu1, p1) = (mu(&x, &a, &b), prior(&x, &a, &b));
            layout.scale_sessions(&mut x, &mut b, v, sd);
            let (mu2, p2) = (mu(&x, &a, &b), prior(&x, &a, &b));
            for ((m0, m1), m2) in mu0.iter().zip(&mu1).zip(&mu2) {
                assert!((m0 - m1).abs() < 1e-12 && (m0 - m2).abs() < 1e-12);
            }
            assert!(p1 > p0 && p2 >= p1, "{p0} {p1} {p2}");
            // A second shift finds nothing more to gain (the first was an exact maximisation).
            let (mut x2, mut a2) = (x.clone(), a.clone());
            layout.shift_sessions(&mut x2, &mut a2, &b, v, sd);
            layout.shift_sessions(&mut x2, &mut a2, &b, v, sd);
            let mut x3 = x2.clone();
            let a3 = a2.clone();
            let mut a4 = a3.clone();
            layout.shift_sessions(&mut x3, &mut a4, &b, v, sd);
            assert!((prior(&x3, &a4, &b) - prior(&x2, &a3, &b)).abs() < 1e-9);
        }
    }

    #[test]
    fn tridiagonal_solution_satisfies_the_system() {
        // Actor 0 votes in sessions 1 and 4 (gap: sessions 2 and 3 exist via actor 1).
        let votes = [
            (0, 0, Vote::Yes),
            (1, 1, Vote::No),
            (1, 2, Vote::No),
            (0, 3, Vote::No),
        ];
        let rc = RollCalls::new(2, vec![1, 2, 3, 4], &votes).unwrap();
        for level in [0.0, 0.7] {
            let mut layout = Layout::new(&rc, true);
            layout.level = level;
            assert_eq!(layout.actor_offset, vec![0, 4, 6]);
            let prec = [2.0, 0.0, 0.0, 3.0];
            let h = [1.0, 0.0, 0.0, -2.0];
            let mut x = [0.0; 4];
            layout.smooth(0, &prec, &h, 0.5, &mut x);
            // Gradient of the quadratic objective must vanish at the mode.
            let q = 0.25;
            for k in 0..4 {
                let mut g = h[k] - prec[k] * x[k];
                if k == 0 {
                    g -= x[0];
                } else {
                    g -= level * x[k];
                }
                if k > 0 {
                    g -= (x[k] - x[k - 1]) / q;
                }
                if k < 3 {
                    g += (x[k + 1] - x[k]) / q;
                }
                assert!(g.abs() < 1e-12, "k={k} g={g}");
            }
        }
    }
}
