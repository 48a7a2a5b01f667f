//! Seeded Monte Carlo estimate of the pass probability (a check on the exact DP, and a tool for
//! models whose votes are not independent, later).
//!
//! The generator is xoshiro256** seeded through SplitMix64 (Blackman & Vigna), written out here
//! so that a seed gives the same draws on every platform and every version of this crate.

use crate::ballot::Roster;
use crate::error::Error;
use crate::probability::{check_len, Stance};
use crate::rule::{Counts, Rule};

/// z for a two-sided 99.9% normal interval.
pub const Z_999: f64 = 3.290_526_731_491_926;

/// A small, fast, seeded pseudo-random generator (xoshiro256**).
#[derive(Debug, Clone)]
pub struct Xoshiro256 {
    s: [u64; 4],
}

impl Xoshiro256 {
    /// A generator whose state is filled from `seed` by SplitMix64.
    #[must_use]
    pub fn seed_from(seed: u64) -> Self {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Xoshiro256 {
            s: [next(), next(), next(), next()],
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// A uniform draw in `[0, 1)` with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        // 2^-53 * (53-bit integer): exact conversion, no rounding.
        #[allow(clippy::cast_precision_loss)]
        let v = (self.next_u64() >> 11) as f64;
        v * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// A Monte Carlo estimate with its uncertainty.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MonteCarlo {
    /// Fraction of draws in which the motion passed.
    pub pass: f64,
    /// Number of draws.
    pub draws: u64,
    /// Number of passing draws.
    pub passed: u64,
    /// Wilson score interval at 99.9% (z = 3.29): lower bound.
    pub low: f64,
    /// Wilson score interval at 99.9%: upper bound.
    pub high: f64,
}

/// Wilson score interval for `k` successes in `n` trials at normal quantile `z`.
#[must_use]
pub fn wilson_interval(k: u64, n: u64, z: f64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    #[allow(clippy::cast_precision_loss)]
    let (k, n) = (k as f64, n as f64);
    let p = k / n;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / (1.0 + z2 / n);
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// Estimates P(pass) from `draws` independent simulated votes, seeded by `seed`.
///
/// # Errors
/// As for [`crate::pass_probability`].
pub fn monte_carlo(
    rule: &Rule,
    roster: &Roster,
    stances: &[Stance],
    draws: u64,
    seed: u64,
) -> Result<MonteCarlo, Error> {
    check_len(roster, stances)?;
    let members = roster.size();
    // Cumulative thresholds per voter.
    let cum: Vec<(f64, f64, f64, bool)> = stances
        .iter()
        .zip(roster.members())
        .map(|(s, m)| {
            (
                s.yes,
                s.yes + s.no,
                s.yes + s.no + s.abstain,
                roster.is_veto_holder(m),
            )
        })
        .collect();
    let mut rng = Xoshiro256::seed_from(seed);
    let mut passed = 0_u64;
    for _ in 0..draws {
        let mut c = Counts::default();
        let mut vetoed = false;
        for &(y, n, a, veto) in &cum {
            let u = rng.next_f64();
            if u < y {
                c.yes += 1;
            } else if u < n {
                c.no += 1;
                vetoed |= veto;
            } else if u < a {
                c.abstain += 1;
            } else {
                c.absent += 1;
            }
        }
        if !vetoed && rule.conditions_hold(&c, members) {
            passed += 1;
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let pass = if draws == 0 {
        0.0
    } else {
        passed as f64 / draws as f64
    };
    let (low, high) = wilson_interval(passed, draws, Z_999);
    Ok(MonteCarlo {
        pass,
        draws,
        passed,
        low,
        high,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xoshiro_reference_values() {
        // Known-answer vector for xoshiro256** from state {1, 2, 3, 4}, as used by the
        // rand_xoshiro crate's `reference` test for Xoshiro256StarStar:
        // 11520, 0, 1509978240, 1215971899390074240.
        let mut r = Xoshiro256 { s: [1, 2, 3, 4] };
        assert_eq!(r.next_u64(), 11520);
        assert_eq!(r.next_u64(), 0);
        assert_eq!(r.next_u64(), 1_509_978_240);
        assert_eq!(r.next_u64(), 1_215_971_899_390_074_240);
    }

    #[test]
    fn uniform_draws_are_in_range_and_centred() {
        let mut r = Xoshiro256::seed_from(7);
        let n = 100_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let u = r.next_f64();
            assert!((0.0..1.0).contains(&u));
            sum += u;
        }
        // Mean of U(0,1) is 1/2 with sd 1/sqrt(12 n) ~ 0.0009; allow 5 sd.
        assert!((sum / f64::from(n) - 0.5).abs() < 0.0046);
    }

    #[test]
    fn wilson_contains_p() {
        let (lo, hi) = wilson_interval(50, 100, Z_999);
        assert!(lo < 0.5 && hi > 0.5);
        assert_eq!(wilson_interval(0, 0, Z_999), (0.0, 1.0));
    }
}
