//! The standard normal distribution and its truncated moments, robust in the tails.
//!
//! The E-step of the ordinal model needs, for each vote, the mean and variance of a normal
//! latent variable truncated to the interval that the vote reveals, and the interval's
//! probability (for the log-likelihood). Probabilities are computed through `erfc` on the
//! side where they are small, so that no difference of two numbers close to one is taken;
//! beyond |z| = 37, where `erfc` underflows, asymptotic expansions take over.

const FRAC_1_SQRT_2PI: f64 = 0.398_942_280_401_432_7;
const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;
/// Beyond this standardised distance the tail probability is taken from its asymptotic series.
const TAIL: f64 = 37.0;
/// Lower bound on a truncated variance (keeps later divisions finite).
const MIN_VAR: f64 = 1e-12;

/// Standard normal density.
pub(crate) fn pdf(z: f64) -> f64 {
    FRAC_1_SQRT_2PI * (-0.5 * z * z).exp()
}

/// Standard normal distribution function Φ(z), accurate in both tails.
pub(crate) fn cdf(z: f64) -> f64 {
    0.5 * libm::erfc(-z * std::f64::consts::FRAC_1_SQRT_2)
}

/// ln Φ(z), finite for every finite z.
pub(crate) fn ln_cdf(z: f64) -> f64 {
    if z < -TAIL {
        let r = 1.0 / (z * z);
        -0.5 * z * z - (-z).ln() - LN_SQRT_2PI + (1.0 - r + 3.0 * r * r).ln()
    } else {
        cdf(z).ln()
    }
}

/// Probability (as a logarithm), mean and variance of a standard normal truncated to an interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Truncated {
    /// ln P(lower < Z < upper).
    pub ln_p: f64,
    /// E[Z | lower < Z < upper].
    pub mean: f64,
    /// Var[Z | lower < Z < upper].
    pub var: f64,
}

impl Truncated {
    fn negated(self) -> Truncated {
        Truncated {
            mean: -self.mean,
            ..self
        }
    }
}

/// Z > t.
pub(crate) fn above(t: f64) -> Truncated {
    if t > TAIL {
        let r = 1.0 / (t * t);
        // Inverse Mills ratio and variance by their asymptotic series.
        let lambda = t + (1.0 / t) * (1.0 - 2.0 * r + 10.0 * r * r);
        let var = r * (1.0 - 6.0 * r + 50.0 * r * r);
        return Truncated {
            ln_p: ln_cdf(-t),
            mean: lambda,
            var: var.max(MIN_VAR),
        };
    }
    let q = cdf(-t);
    let lambda = pdf(t) / q;
    let var = 1.0 + t * lambda - lambda * lambda;
    Truncated {
        ln_p: q.ln(),
        mean: lambda,
        var: var.clamp(MIN_VAR, 1.0),
    }
}

/// Z < u.
pub(crate) fn below(u: f64) -> Truncated {
    above(-u).negated()
}

/// lower < Z < upper, both finite, lower < upper.
pub(crate) fn between(lower: f64, upper: f64) -> Truncated {
    if lower >= 0.0 {
        return between(-upper, -lower).negated();
    }
    // Now lower < 0: Φ(lower) is computed accurately in the left tail.
    let p_low = cdf(lower);
    let p_up = cdf(upper);
    let z = p_up - p_low;
    if z.is_nan() || z <= 1e-290 || upper < -TAIL {
        // Far left tail: Z - upper is close to minus an exponential with rate |upper|,
        // truncated at the interval's width.
        let rate = -upper;
        let width = upper - lower;
        let ln_p = ln_cdf(upper) + (-(-rate * width).exp_m1()).max(f64::MIN_POSITIVE).ln();
        let r = 1.0 / (rate * rate);
        return Truncated {
            ln_p,
            mean: upper - 1.0 / rate,
            var: r.max(MIN_VAR),
        };
    }
    let d_low = pdf(lower);
    let d_up = pdf(upper);
    let mean = (d_low - d_up) / z;
    let var = 1.0 + (lower * d_low - upper * d_up) / z - mean * mean;
    Truncated {
        ln_p: z.ln(),
        mean,
        var: var.clamp(MIN_VAR, 1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cdf_known_values() {
        // Φ(1.959963984540054) = 0.975 (standard normal table).
        assert!((cdf(1.959_963_984_540_054) - 0.975).abs() < 1e-12);
        // Φ(-5) = 2.866515718791939e-7 (standard normal table).
        assert!((cdf(-5.0) / 2.866_515_718_791_939e-7 - 1.0).abs() < 1e-10);
        // Mills-ratio asymptotics agree with erfc where both are valid.
        let exact = cdf(-36.0).ln();
        let r: f64 = 1.0 / (36.0 * 36.0);
        let asym = -0.5 * 36.0 * 36.0 - 36f64.ln() - LN_SQRT_2PI + (1.0 - r + 3.0 * r * r).ln();
        assert!((exact - asym).abs() < 1e-6);
    }

    #[test]
    fn half_normal_moments() {
        // Half-normal: mean sqrt(2/pi), variance 1 - 2/pi.
        let t = above(0.0);
        assert!((t.mean - (2.0 / std::f64::consts::PI).sqrt()).abs() < 1e-12);
        assert!((t.var - (1.0 - 2.0 / std::f64::consts::PI)).abs() < 1e-12);
        assert!((t.ln_p - 0.5f64.ln()).abs() < 1e-14);
    }

    #[test]
    fn symmetric_interval_and_tails_are_finite() {
        let t = between(-1.0, 1.0);
        assert!(t.mean.abs() < 1e-15);
        // P(|Z| < 1) = 0.6826894921370859 (standard normal table).
        assert!((t.ln_p.exp() - 0.682_689_492_137_085_9).abs() < 1e-12);
        for &(l, u) in &[(40.0, 41.0), (-41.0, -40.0), (50.0, 50.5), (-1e3, -999.0)] {
            let t = between(l, u);
            assert!(
                t.ln_p.is_finite() && t.mean > l && t.mean < u && t.var > 0.0,
                "{l} {u} {t:?}"
            );
        }
        for &z in &[-100.0, -37.5, 0.0, 37.5, 100.0] {
            let a = above(z);
            let b = below(z);
            assert!(a.ln_p.is_finite() && a.mean > z && a.var > 0.0);
            assert!(b.ln_p.is_finite() && b.mean < z && b.var > 0.0);
        }
    }
}
