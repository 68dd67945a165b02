// The budget allocator declared in core/allocation.h.
//
// Each channel's curve is replaced by its concave envelope on the channel's
// bounds (for an S-shaped curve: a straight line from the lower bound to where
// it touches the curve past the bend, then the curve). The envelopes are
// allocated exactly through the budget's Lagrange multiplier lambda: each
// channel spends where its envelope's slope falls to lambda, and total spend
// falls as lambda rises. That is the best answer whenever no channel ends
// inside a straight piece; at most one can, where the real curve lies below
// its envelope. A branch and bound settles that channel (before or after its
// inflection; where the curve is convex all along, at either end or where the
// others' curvature holds it), the envelopes bounding each branch. A few
// on/off flips of the S-shaped channels nearest the threshold finish.
#include "core/allocation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace fp {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kNoMax = 1e300;   // AllocationChannel::max's default: no upper bound
constexpr int kMaxSolves = 48;     // envelope solves the branch and bound may spend
constexpr int kFlipCandidates = 6; // S-shaped channels tried per round of on/off flips
constexpr int kFlipRounds = 3;

bool is_straight(const ResponseCurve& c) {
    return c.kappa == 0 || c.beta == 0;
}

// Where an S-shaped curve turns from convex to concave.
double inflection(const ResponseCurve& c) {
    return c.kappa * std::pow((c.alpha - 1) / (c.alpha + 1), 1 / c.alpha);
}

// Two points either side of where `excess` changes sign: it is >= 0 at pass
// and < 0 at fail.
struct Bracket {
    double pass = 0, e_pass = 0, fail = 0, e_fail = 0;
};

// Narrows a bracket to a width of `relative` times its ends, or `absolute`:
// regula falsi with the Illinois fix, bisecting when the bracket stops halving.
template <class F> Bracket narrow(F excess, Bracket b, double relative, double absolute = 0) {
    double width = std::fabs(b.fail - b.pass);
    bool passed_last = false;
    for (int i = 0; i < 200 && b.e_pass != 0; ++i) {
        const double now = std::fabs(b.fail - b.pass);
        if (now <= std::max(absolute, relative * std::max(std::fabs(b.pass), std::fabs(b.fail))))
            break;
        bool bisect = false;
        if (i % 3 == 2) { // every third step: has the bracket halved since the last check?
            bisect = now > 0.5 * width;
            width = now;
        }
        double m = 0.5 * (b.pass + b.fail);
        if (!bisect && b.e_pass > 0 && b.e_fail < 0) {
            const double secant = b.pass + (b.fail - b.pass) * b.e_pass / (b.e_pass - b.e_fail);
            if ((secant - b.pass) * (secant - b.fail) < 0) m = secant;
        }
        const double e = excess(m);
        const bool passed = e >= 0;
        (passed ? b.pass : b.fail) = m;
        (passed ? b.e_pass : b.e_fail) = e;
        // Illinois: when the same end moves twice running, the other counts for less.
        if (i > 0 && passed == passed_last) (passed ? b.e_fail : b.e_pass) *= 0.5;
        passed_last = passed;
    }
    return b;
}

// The point where the chord from (lo, r(lo)) touches an S-shaped curve beyond
// its inflection: r'(t) * (t - lo) = r(t) - r(lo). Requires lo < inflection.
double tangent_point(const ResponseCurve& c, double lo) {
    // From the origin the answer is closed-form: r(t)/t = r'(t) at (t/kappa)^alpha = alpha - 1.
    const double from_origin = c.kappa * std::pow(c.alpha - 1, 1 / c.alpha);
    if (lo <= 0) return from_origin;
    const double r_lo = response(c, lo);
    // Falls from >= 0 at the inflection to <= 0 at the tangent from the origin.
    auto gap = [&](double t) {
        return marginal_response(c, t) * (t - lo) - (response(c, t) - r_lo);
    };
    const double a = inflection(c);
    const double ga = gap(a), gb = gap(from_origin);
    if (gb >= 0) return from_origin;
    return narrow(gap, {a, ga, from_origin, gb}, 1e-12).pass;
}

// A channel's range [lo, hi] and the concave envelope of its curve there: a
// straight piece from lo to knee with the given slope (when knee > lo), then
// the curve itself. For a straight-line curve the piece is the whole range.
struct Span {
    ResponseCurve curve;
    double lo = 0, hi = 0;
    double knee = 0;
    double slope = 0;
    bool gap = false;  // the curve lies below the straight piece (an S-shaped start)
    double r_lo = 0;   // response at lo
    double top = 0;    // r'(knee): beyond the knee, demand starts when lambda falls below it
    double bottom = 0; // r'(hi)
    double log_scale = 0, power = 0; // log(beta alpha / kappa) and 1 - 1/alpha
    double v_top = 0, v_hi = 0;      // knee and hi as v = alpha log(s / kappa)
};

Span make_span(const ResponseCurve& c, double lo, double hi) {
    Span sp;
    sp.curve = c;
    sp.lo = lo;
    sp.hi = std::max(lo, hi);
    sp.knee = lo;
    sp.r_lo = response(c, lo);
    if (lo >= hi) return sp;
    if (is_straight(c)) {
        sp.knee = hi;
        sp.slope = c.kappa == 0 ? c.beta : 0;
        return sp;
    }
    if (c.alpha > 1 && lo < inflection(c)) {
        const double t = hi <= inflection(c) ? hi : tangent_point(c, lo);
        sp.gap = true;
        if (t >= hi) {
            sp.knee = hi;
            sp.slope = (response(c, hi) - sp.r_lo) / (hi - lo);
        } else {
            sp.knee = t;
            sp.slope = marginal_response(c, t);
        }
    }
    sp.top = marginal_response(c, sp.knee);
    sp.bottom = marginal_response(c, hi);
    sp.log_scale = std::log(c.beta * c.alpha / c.kappa);
    sp.power = 1 - 1 / c.alpha;
    sp.v_top = sp.knee > 0 ? c.alpha * std::log(sp.knee / c.kappa) : -745; // exp(-745) is 0
    sp.v_hi = c.alpha * std::log(sp.hi / c.kappa);
    return sp;
}

Span fixed_span(const ResponseCurve& c, double at) {
    return make_span(c, at, at);
}

// An S-shaped channel's range cut to where its curve is concave: past the
// inflection rather than the knee, as with the others' spend fixed the best
// point can lie between the two.
Span concave_part(const Span& sp) {
    return make_span(sp.curve, std::clamp(inflection(sp.curve), sp.lo, sp.hi), sp.hi);
}

// The envelope's steepest average return from lo: what the channel returns per
// unit at best, at any level of spend.
double best_return(const Span& sp) {
    return sp.knee > sp.lo ? sp.slope : sp.top;
}

double envelope(const Span& sp, double s) {
    return s <= sp.knee ? sp.r_lo + sp.slope * (s - sp.lo) : response(sp.curve, s);
}

struct Demand {
    double spend = 0;
    double per_log_lambda = 0; // d spend / d log(lambda)
};

// Spend beyond the knee where r'(s) = lambda, within [knee, hi].
Demand curved_demand(const Span& sp, double lambda) {
    if (sp.knee >= sp.hi || sp.top <= lambda) return {sp.knee, 0};
    if (sp.bottom >= lambda) return {sp.hi, 0};
    // In v = log u, u = (s/kappa)^alpha: h(v) = log r'(s) - log lambda
    //   = c + power v - 2 softplus(v), decreasing and concave past the knee.
    // Newton from the right of the root then moves monotonically onto it.
    // Both c - (1 + 1/alpha) v and, when power < 0, c + power v lie above h,
    // so their roots are such starting points.
    const double c = sp.log_scale - std::log(lambda);
    // h and its slope at v; e^-|v| serves both softplus(v) and sigmoid(v).
    auto at = [&](double v, double& h, double& dh) {
        const double e = std::exp(-std::fabs(v));
        h = c + sp.power * v - 2 * (std::max(v, 0.0) + std::log1p(e));
        dh = sp.power - 2 * (v > 0 ? 1 / (1 + e) : e / (1 + e));
    };
    double va = sp.v_top, vb = sp.v_hi, h = 0, dh = 0;
    if (sp.knee <= 0) { // alpha < 1 from 0: the root may lie below what a double can hold
        at(va, h, dh);
        if (h <= 0) return {sp.knee, 0};
    }
    double v = std::min(vb, c / (2 - sp.power));
    if (sp.power < 0) v = std::min(v, -c / sp.power);
    v = std::max(v, va);
    for (int i = 0; i < 100; ++i) {
        at(v, h, dh);
        (h > 0 ? va : vb) = v;
        const double step = h / dh;
        if (std::fabs(step) <= 1e-12 * (1 + std::fabs(v))) {
            v -= step;
            break;
        }
        v = v - step > va && v - step < vb ? v - step : 0.5 * (va + vb);
    }
    const double s = std::clamp(sp.curve.kappa * std::exp(v / sp.curve.alpha), sp.knee, sp.hi);
    return {s, s / (sp.curve.alpha * dh)}; // dh from the last step: close enough for Newton
}

// The envelope's best spend at multiplier lambda. Exactly at the slope of a
// straight piece any point on it is as good: `high` picks its far end.
Demand demand(const Span& sp, double lambda, bool high) {
    if (sp.knee > sp.lo && (lambda > sp.slope || (lambda == sp.slope && !high))) return {sp.lo, 0};
    return curved_demand(sp, lambda);
}

struct Allocation {
    std::vector<double> spend;
    double lambda = kNan; // what the last unit earns where it is spent; NaN when bounds decide
    double upper = 0;     // the envelopes' total: no allocation of these spans does better
    double value = 0;     // the real total response
    int partial = -1;     // a channel left inside the straight piece of its envelope
};

double sum_lo(const std::vector<Span>& spans) {
    double s = 0;
    for (const Span& sp : spans)
        s += sp.lo;
    return s;
}

double sum_hi(const std::vector<Span>& spans) {
    double s = 0;
    for (const Span& sp : spans)
        s += sp.hi;
    return s;
}

bool feasible(const std::vector<Span>& spans, double budget) {
    const double slack = 1e-12 * std::max(1.0, budget);
    return sum_lo(spans) <= budget + slack && budget <= sum_hi(spans) + slack;
}

class EnvelopeSolver {
  public:
    EnvelopeSolver(const std::vector<Span>& spans, double budget)
        : spans_(spans), budget_(budget) {}

    // The best allocation of the envelopes, spending exactly the budget.
    // Requires feasible(spans, budget).
    Allocation solve() {
        const std::size_t n = spans_.size();
        Allocation a;
        std::vector<double> small(n), large(n);
        const double lo = sum_lo(spans_), hi = sum_hi(spans_);
        if (budget_ <= lo || budget_ >= hi) {
            for (std::size_t i = 0; i < n; ++i)
                small[i] = large[i] = budget_ <= lo ? spans_[i].lo : spans_[i].hi;
        } else {
            a.lambda = multiplier();
            fill(small, large);
        }
        a.spend = small;
        settle(a, large);
        for (std::size_t i = 0; i < n; ++i) {
            a.upper += envelope(spans_[i], a.spend[i]);
            a.value += response(spans_[i].curve, a.spend[i]);
        }
        return a;
    }

  private:
    struct Total {
        double low = 0, high = 0, per_log_lambda = 0;
    };

    Total total(double lambda) const {
        Total t;
        for (const Span& sp : spans_) {
            const Demand d = demand(sp, lambda, false);
            t.low += d.spend;
            t.per_log_lambda += d.per_log_lambda;
            t.high +=
                sp.knee > sp.lo && lambda == sp.slope ? demand(sp, lambda, true).spend : d.spend;
        }
        return t;
    }

    // Finds lambda such that the envelopes' demand at lambda brackets the
    // budget, and the two demands to fill between (small_at_, large_at_).
    double multiplier() {
        // Total demand jumps at the slopes of straight pieces and is
        // continuous between them: find the piece first, then the root.
        std::vector<double> breaks;
        for (const Span& sp : spans_)
            if (sp.knee > sp.lo && sp.slope > 0) breaks.push_back(sp.slope);
        std::sort(breaks.begin(), breaks.end());
        breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
        std::size_t first = 0, last = breaks.size(); // smallest break whose low demand fits
        while (first < last) {
            const std::size_t mid = (first + last) / 2;
            if (total(breaks[mid]).low <= budget_)
                last = mid;
            else
                first = mid + 1;
        }
        if (first < breaks.size() && total(breaks[first]).high >= budget_) {
            small_at_ = {breaks[first], false};
            large_at_ = {breaks[first], true};
            return breaks[first];
        }
        // The root lies strictly between breaks[first - 1] and breaks[first].
        double xa = first > 0 ? std::log(breaks[first - 1]) : kNan;         // demand >= budget
        double xb = first < breaks.size() ? std::log(breaks[first]) : kNan; // demand <= budget
        if (std::isnan(xa) && std::isnan(xb)) {
            const double x = std::log(guess());
            (total(std::exp(x)).low >= budget_ ? xa : xb) = x;
        }
        // Past the outermost break: step out, doubling, until demand crosses the budget.
        for (double step = 1; std::isnan(xa) && step < 1e4; step *= 2) {
            const double x = xb - step;
            (total(std::exp(x)).low >= budget_ ? xa : xb) = x;
        }
        for (double step = 1; std::isnan(xb) && step < 1e4; step *= 2) {
            const double x = xa + step;
            (total(std::exp(x)).low <= budget_ ? xb : xa) = x;
        }
        if (std::isnan(xa)) {
            // Only channels that return nothing more can take the rest: at
            // lambda 0 they may spend anything up to their maximums.
            small_at_ = {0, false};
            large_at_ = {0, true};
            return 0;
        }
        const double tolerance = 1e-13 * std::max(1.0, budget_);
        double x = 0.5 * (xa + xb);
        for (int i = 0; i < 100 && xb - xa > 1e-15 * (1 + std::fabs(x)); ++i) {
            const Total t = total(std::exp(x));
            const double f = t.low - budget_;
            if (std::fabs(f) <= tolerance) {
                xa = xb = x;
                break;
            }
            (f > 0 ? xa : xb) = x;
            const double step = t.per_log_lambda < 0 ? f / t.per_log_lambda : kNan;
            if (std::fabs(step) <= 1e-15 * (1 + std::fabs(x))) {
                xa = xb = x;
                break;
            }
            x = x - step > xa && x - step < xb ? x - step : 0.5 * (xa + xb);
        }
        small_at_ = {std::exp(xb), true};
        large_at_ = {std::exp(xa), false};
        return std::exp(0.5 * (xa + xb));
    }

    // A starting multiplier: the envelopes' slopes at an equal share each.
    double guess() const {
        const double share = (budget_ - sum_lo(spans_)) / static_cast<double>(spans_.size());
        double logs = 0;
        int count = 0;
        for (const Span& sp : spans_) {
            const double s = std::min(sp.hi, sp.lo + share);
            const double m = s <= sp.knee ? sp.slope : marginal_response(sp.curve, s);
            if (m > 0 && std::isfinite(m)) {
                logs += std::log(m);
                ++count;
            }
        }
        return count > 0 ? std::exp(logs / count) : 1.0;
    }

    void fill(std::vector<double>& small, std::vector<double>& large) const {
        for (std::size_t i = 0; i < spans_.size(); ++i) {
            small[i] = demand(spans_[i], small_at_.lambda, small_at_.high).spend;
            large[i] = demand(spans_[i], large_at_.lambda, large_at_.high).spend;
        }
    }

    // Spends exactly the budget: the rest goes, in channel order, first
    // towards each channel's larger demand (so at most one channel ends
    // inside a straight piece), then wherever bounds allow (rounding only).
    void settle(Allocation& a, const std::vector<double>& large) const {
        double rest = budget_;
        for (double s : a.spend)
            rest -= s;
        for (std::size_t i = 0; i < a.spend.size() && rest > 0; ++i) {
            const double take = std::min(rest, large[i] - a.spend[i]);
            if (take <= 0) continue;
            a.spend[i] += take;
            rest -= take;
            const Span& sp = spans_[i];
            const double inside = 1e-9 * (sp.knee - sp.lo);
            if (sp.gap && a.spend[i] > sp.lo + inside && a.spend[i] < sp.knee - inside)
                a.partial = static_cast<int>(i);
        }
        for (std::size_t i = 0; i < a.spend.size() && rest != 0; ++i) {
            const double s = std::clamp(a.spend[i] + rest, spans_[i].lo, spans_[i].hi);
            rest -= s - a.spend[i];
            a.spend[i] = s;
        }
    }

    struct At {
        double lambda = 0;
        bool high = false;
    };
    const std::vector<Span>& spans_;
    double budget_;
    At small_at_, large_at_;
};

Allocation solve_envelope(const std::vector<Span>& spans, double budget) {
    return EnvelopeSolver(spans, budget).solve();
}

// The best spend for channel j inside its convex start [a, b] while the
// others follow their envelopes. Along the multiplier lambda, j takes what
// the others leave, budget - D(lambda); with everything else at the smaller
// demand no other channel sits inside a straight piece, so each lambda gives
// a real allocation. The total is best where j's marginal meets lambda (with
// the others' curvature outweighing j's). Samples lambda between the ends,
// then narrows in on the best sample's crossing. Returns an empty allocation
// when nothing in [a, b] is feasible.
Allocation mid_search(const std::vector<Span>& node, std::size_t j, double budget, double a,
                      double b) {
    std::vector<Span> spans = node;
    const Span saved = spans[j];
    auto multiplier_with = [&](double at) {
        spans[j] = fixed_span(saved.curve, at);
        return solve_envelope(spans, budget).lambda;
    };
    double from = multiplier_with(a), to = multiplier_with(b);
    spans[j] = fixed_span(saved.curve, 0); // j is accounted for apart from the others
    // Where the others' bounds decide (all at their maximums at a, or at
    // their minimums at b), lambda runs on to where the first of them moves.
    double lowest = kInf, highest = 0;
    for (const Span& sp : spans) {
        if (sp.lo >= sp.hi) continue;
        lowest = std::min(lowest, sp.knee >= sp.hi ? sp.slope : sp.bottom);
        highest = std::max(highest, sp.knee > sp.lo ? sp.slope : sp.top);
    }
    if (std::isnan(from)) from = lowest * (1 - 1e-9);
    if (std::isnan(to)) to = std::isfinite(highest) ? highest * (1 + 1e-9) : from * 1e6;
    if (!(from > 0 && to > from)) return {};
    struct Sample {
        double x = 0, s = 0, crossing = 0; // log lambda; what j gets; j's marginal - lambda
        Allocation allocation;             // empty when s is outside [a, b]
    };
    auto sample = [&](double x) {
        Sample out;
        out.x = x;
        const double lambda = std::exp(x);
        Allocation& al = out.allocation;
        al.lambda = lambda;
        double rest = 0;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            al.spend.push_back(i == j ? 0 : demand(spans[i], lambda, false).spend);
            rest += al.spend.back();
        }
        out.s = budget - rest;
        if (!(out.s >= a && out.s <= b)) {
            al.spend.clear();
            return out;
        }
        al.spend[j] = out.s;
        for (std::size_t i = 0; i < spans.size(); ++i)
            al.value += response(i == j ? saved.curve : spans[i].curve, al.spend[i]);
        al.upper = al.value;
        out.crossing = marginal_response(saved.curve, out.s) - lambda;
        return out;
    };
    // Even steps in lambda can crowd j's spend at one end, so steps are
    // halved wherever j's spend jumps by more than a sixteenth of [a, b].
    constexpr int kSteps = 16, kMaxSamples = 64;
    const double x0 = std::log(from), x1 = std::log(to);
    std::vector<Sample> samples;
    for (int k = 0; k <= kSteps; ++k)
        samples.push_back(sample(x0 + (x1 - x0) * k / kSteps));
    for (bool split = true; split;) {
        split = false;
        for (std::size_t k = 0; k + 1 < samples.size() && samples.size() < kMaxSamples; ++k) {
            const Sample &l = samples[k], &r = samples[k + 1];
            const double ds = std::clamp(r.s, a, b) - std::clamp(l.s, a, b);
            if (ds <= (b - a) / kSteps || r.x - l.x <= 1e-9 * (1 + std::fabs(l.x))) continue;
            Sample between = sample(0.5 * (l.x + r.x));
            samples.insert(samples.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                           std::move(between));
            split = true;
            ++k;
        }
    }
    std::size_t top = samples.size();
    for (std::size_t k = 0; k < samples.size(); ++k)
        if (!samples[k].allocation.spend.empty() &&
            (top == samples.size() || samples[k].allocation.value > samples[top].allocation.value))
            top = k;
    if (top == samples.size()) return {};
    Allocation best = samples[top].allocation;
    // A maximum lies where the crossing turns from positive to negative.
    for (std::size_t k = top > 0 ? top - 1 : 0; k <= top && k + 1 < samples.size(); ++k) {
        const Sample &l = samples[k], &r = samples[k + 1];
        if (l.allocation.spend.empty() || r.allocation.spend.empty() ||
            !(l.crossing > 0 && r.crossing < 0))
            continue;
        Sample last;
        auto excess = [&](double x) {
            last = sample(x);
            return last.allocation.spend.empty() ? -kInf : last.crossing;
        };
        excess(narrow(excess, {l.x, l.crossing, r.x, r.crossing}, 0, 1e-12).pass); // in log lambda
        if (!last.allocation.spend.empty() && last.allocation.value > best.value)
            best = last.allocation;
    }
    return best;
}

// Branch and bound over the channel left inside a straight piece: its range
// is split where its curve turns concave, and a range where the curve is
// convex all along into its two ends and what lies between; the envelopes
// bound what each branch can reach.
class Search {
  public:
    Search(std::vector<Span> spans, double budget) : spans_(std::move(spans)), budget_(budget) {}

    Allocation run() {
        Allocation root = solve_envelope(spans_, budget_);
        best_ = root;
        explore(root);
        return best_;
    }

  private:
    bool promising(const Allocation& a) const {
        return a.upper > best_.value + 1e-12 * std::fabs(best_.value);
    }

    void explore(const Allocation& node) {
        if (node.value > best_.value) best_ = node;
        if (node.partial < 0 || solves_ >= kMaxSolves) return;
        const std::size_t j = static_cast<std::size_t>(node.partial);
        const Span saved = spans_[j];
        struct Child {
            Span span;
            Allocation allocation;
        };
        // The range the others' bounds leave j (summed apart: a maximum of
        // 1e300 would swallow the rest).
        double rest_lo = 0, rest_hi = 0;
        for (std::size_t i = 0; i < spans_.size(); ++i) {
            if (i == j) continue;
            rest_lo += spans_[i].lo;
            rest_hi += spans_[i].hi;
        }
        const double low = std::max(saved.lo, budget_ - rest_hi);
        const double high = std::min(saved.hi, budget_ - rest_lo);
        const double bend = std::clamp(inflection(saved.curve), saved.lo, saved.hi);
        std::vector<Span> options;
        if (bend < saved.hi) {
            // Before the inflection (where its envelope is a chord) or after
            // (where it is the curve itself).
            if (low <= std::min(bend, high))
                options.push_back(make_span(saved.curve, low, std::min(bend, high)));
            if (bend <= high) options.push_back(make_span(saved.curve, bend, saved.hi));
        } else {
            // Convex all along: at either end, or in between where the
            // others' curvature holds it.
            options.push_back(fixed_span(saved.curve, low));
            options.push_back(fixed_span(saved.curve, high));
            const Allocation mid = mid_search(spans_, j, budget_, low, high);
            solves_ += 2;
            if (!mid.spend.empty() && mid.value > best_.value) best_ = mid;
        }
        std::vector<Child> children;
        for (const Span& span : options) {
            spans_[j] = span;
            if (feasible(spans_, budget_)) {
                ++solves_;
                children.push_back({span, solve_envelope(spans_, budget_)});
            }
        }
        spans_[j] = saved;
        std::stable_sort(children.begin(), children.end(), [](const Child& x, const Child& y) {
            return x.allocation.upper > y.allocation.upper;
        });
        for (const Child& child : children) {
            if (!promising(child.allocation)) continue;
            spans_[j] = child.span;
            explore(child.allocation);
        }
        spans_[j] = saved;
    }

    std::vector<Span> spans_;
    double budget_;
    Allocation best_;
    int solves_ = 0;
};

// Local search over which S-shaped channels are on (past their inflection) and which
// are off (at their lower bound): with that decided the problem is concave
// and solved exactly, so each flip of one channel is tried with everything
// else re-solved. Only the channels whose straight slope is nearest the
// multiplier are tried, as they are the ones close to switching.
Allocation improve(const std::vector<Span>& spans, double budget, Allocation best) {
    const std::size_t n = spans.size();
    std::vector<Span> pattern = spans;
    std::vector<Span> on(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Span& sp = spans[i];
        if (!sp.gap) continue;
        on[i] = concave_part(sp);
        const double inside = 1e-9 * (sp.knee - sp.lo);
        if (best.spend[i] <= sp.lo + inside)
            pattern[i] = fixed_span(sp.curve, sp.lo);
        else if (best.spend[i] >= on[i].lo)
            pattern[i] = on[i];
        else
            pattern[i] = fixed_span(sp.curve, best.spend[i]);
    }
    Allocation polished = solve_envelope(pattern, budget);
    if (polished.value > best.value) best = polished;
    for (int round = 0; round < kFlipRounds && !std::isnan(best.lambda); ++round) {
        std::vector<std::size_t> near;
        for (std::size_t i = 0; i < n; ++i)
            if (spans[i].gap) near.push_back(i);
        // The channel held in its convex start first, then the nearest to switching.
        auto distance = [&](std::size_t i) {
            const bool held = pattern[i].lo > spans[i].lo && pattern[i].lo < on[i].lo;
            return held ? -1 : std::fabs(std::log(spans[i].slope / best.lambda));
        };
        std::stable_sort(near.begin(), near.end(),
                         [&](std::size_t x, std::size_t y) { return distance(x) < distance(y); });
        near.resize(std::min<std::size_t>(near.size(), kFlipCandidates));
        Allocation found = best;
        std::vector<Span> found_pattern;
        for (std::size_t i : near) {
            const Span& sp = spans[i];
            const bool is_on = pattern[i].lo >= on[i].lo;
            const bool is_off = pattern[i].hi <= sp.lo;
            std::vector<Span> flips;
            if (!is_off) flips.push_back(fixed_span(sp.curve, sp.lo));
            if (!is_on) flips.push_back(on[i]);
            for (const Span& flip : flips) {
                const Span saved = pattern[i];
                pattern[i] = flip;
                if (feasible(pattern, budget)) {
                    Allocation a = solve_envelope(pattern, budget);
                    if (a.value > found.value + 1e-12 * std::fabs(found.value)) {
                        found = a;
                        found_pattern = pattern;
                    }
                }
                pattern[i] = saved;
            }
        }
        if (found_pattern.empty()) break;
        best = found;
        pattern = found_pattern;
    }
    return best;
}

Allocation best_allocation(const std::vector<Span>& spans, double budget) {
    return improve(spans, budget, Search(spans, budget).run());
}

// Each channel on its own at the multiplier: the most r(s) - lambda s it can
// make (ties towards less spend).
Allocation separate(const std::vector<Span>& spans, double lambda) {
    Allocation a;
    a.lambda = lambda;
    for (const Span& sp : spans) {
        a.spend.push_back(demand(sp, lambda, false).spend);
        a.value += response(sp.curve, a.spend.back());
    }
    return a;
}

// --- messages ------------------------------------------------------------

// Spend and budgets in the caller's units: up to two decimals, no exponent
// below 1e15.
std::string amount_text(double x) {
    char buf[64];
    if (std::fabs(x) >= 1e15 || (x != 0 && std::fabs(x) < 0.01)) {
        std::snprintf(buf, sizeof buf, "%.3g", x);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.2f", x);
    std::string s = buf;
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
    return s;
}

// An amount of spend as the request writes it.
std::string spend_text(const AllocationRequest& req, double x) {
    return req.spend_text ? req.spend_text(x) : amount_text(x);
}

// The amount as the curves, which are gross, must meet it: a target or
// marginal ROAS net of the spend's cost is that cost higher gross. A fixed
// budget is the same either way (its cost is the same whatever the split).
double gross_amount(const AllocationRequest& req) {
    return req.mode == AllocationMode::FixedBudget ? req.amount : req.amount + req.spend_cost;
}

// A finite return per unit of spend: two decimals, or three significant digits
// when small.
std::string ratio_text(double x) {
    char buf[64];
    if (std::fabs(x) >= 1e6)
        std::snprintf(buf, sizeof buf, "%.3g", x);
    else if (std::fabs(x) >= 0.1 || x == 0)
        std::snprintf(buf, sizeof buf, "%.2f", x);
    else
        std::snprintf(buf, sizeof buf, "%.3g", x);
    return buf;
}

// The message `key` with returns per unit of spend among its places: each a
// figure, or words when it is unlimited.
Message with_ratios(const char* key,
                    std::initializer_list<std::pair<std::string_view, double>> ratios,
                    std::vector<Message::Part> parts = {}) {
    Message m{key, {}, std::move(parts)};
    for (const auto& [name, x] : ratios) {
        if (std::isfinite(x))
            m.args.emplace_back(name, ratio_text(x));
        else
            m.parts.push_back({name, Message{"allocation.unlimited"}});
    }
    return m;
}

Message channel_name(const AllocationChannel& c, std::size_t i) {
    return c.id.empty()
               ? Message{"allocation.channel.numbered", {{"number", std::to_string(i + 1)}}}
               : Message{"allocation.channel.named", {{"id", c.id}}};
}

// Why a channel cannot be allocated; empty when it can.
Message check_channel(const AllocationRequest& req, const AllocationChannel& c, std::size_t i) {
    const struct {
        const char* what; // the key of its name
        double value;
        bool spend; // an amount of money rather than a curve's parameter
    } amounts[] = {{"allocation.bound.beta", c.curve.beta, false},
                   {"allocation.bound.kappa", c.curve.kappa, true},
                   {"allocation.bound.current", c.current, true},
                   {"allocation.bound.minimum", c.min, true}};
    const auto money = [&](double x) { return spend_text(req, x); };
    // `key` about this channel and, when given, about its value `what`.
    const auto refusal = [&](const char* key, Args args, const char* what = nullptr) {
        std::vector<Message::Part> parts = {{"channel", channel_name(c, i)}};
        if (what) parts.push_back({"what", Message{what}});
        return Message{key, std::move(args), std::move(parts)};
    };
    if (!std::isfinite(c.curve.alpha))
        return refusal("allocation.refusal.not_finite", {}, "allocation.bound.alpha");
    for (const auto& a : amounts)
        if (!std::isfinite(a.value)) return refusal("allocation.refusal.not_finite", {}, a.what);
    if (std::isnan(c.max)) return refusal("allocation.refusal.max_not_a_number", {});
    if (c.curve.alpha <= 0)
        return refusal("allocation.refusal.alpha_not_positive",
                       {{"value", amount_text(c.curve.alpha)}});
    for (const auto& a : amounts)
        if (a.value < 0)
            return refusal("allocation.refusal.negative",
                           {{"value", a.spend ? money(a.value) : amount_text(a.value)}}, a.what);
    if (c.max < 0)
        return refusal("allocation.refusal.negative", {{"value", money(c.max)}},
                       "allocation.bound.maximum");
    if (c.min > c.max)
        return refusal("allocation.refusal.min_above_max",
                       {{"min", money(c.min)}, {"max", money(c.max)}});
    if (c.locked && (c.current < c.min || c.current > c.max))
        return refusal(
            "allocation.refusal.locked_outside",
            {{"current", money(c.current)}, {"min", money(c.min)}, {"max", money(c.max)}});
    return {};
}

// Refuses a request whose answer would be unbounded: a straight-line channel
// without a maximum whose return per unit is above the target (or equal to
// it, for a target ROAS, which is then kept at any budget).
Message check_unbounded(const AllocationRequest& req, const std::vector<Span>& spans,
                        bool target_roas) {
    const double target = gross_amount(req);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span& sp = spans[i];
        const bool pays = target_roas ? sp.slope >= target : sp.slope > target;
        if (sp.hi >= kNoMax && sp.lo < sp.hi && is_straight(sp.curve) && pays)
            return with_ratios(target_roas ? "allocation.refusal.unbounded_target"
                                           : "allocation.refusal.unbounded_marginal",
                               {{"slope", sp.slope - req.spend_cost}, {"target", req.amount}},
                               {{"channel", channel_name(req.channels[i], i)}});
    }
    return {};
}

// The best response / spend any allocation reaches (Dinkelbach's iteration:
// each channel's best r(s) - rho s, then rho = response / spend).
Allocation best_roas(const std::vector<Span>& spans, double start) {
    double rho = start;
    Allocation best;
    for (int i = 0; i < 200; ++i) {
        Allocation a = separate(spans, rho);
        double spend = 0;
        for (double s : a.spend)
            spend += s;
        if (spend <= 0) {
            rho *= 0.5;
            continue;
        }
        const double next = a.value / spend;
        if (!best.spend.empty() && next <= rho * (1 + 1e-12)) break;
        best = a;
        rho = next;
    }
    best.lambda = rho;
    return best;
}

// Every return in a reason is net of the spend's cost, as the request counts it.
struct ReasonContext {
    AllocationMode mode = AllocationMode::FixedBudget;
    double amount = 0;       // as the request gives it
    double cost = 0;         // the request's spend_cost
    double lambda = kNan;    // what the last unit earns where it is spent; NaN when bounds decide
    double came_from = kNan; // average return per unit given up where spend was cut
    double went_to = kNan;   // average return per unit gained where spend was added
};

Message reason(const AllocationChannel& ch, const Span& sp, const ChannelAllocation& ca,
               const ReasonContext& ctx) {
    if (ch.locked) return Message{"allocation.reason.locked"};
    const double cur = ca.current, prop = ca.proposed;
    const double tol = 1e-9 * std::max({1.0, std::fabs(cur), std::fabs(prop)});
    const bool at_min = prop <= ch.min + tol, at_max = prop >= ch.max - tol;
    const bool marginal = ctx.mode == AllocationMode::MarginalRoas;
    const double target = ctx.amount;
    const double best = best_return(sp) - ctx.cost; // at best, per unit
    if (std::fabs(prop - cur) <= tol) {
        if (at_min && at_max) return Message{"allocation.reason.held_fixed"};
        if (at_max) return Message{"allocation.reason.held_max"};
        if (at_min) return Message{"allocation.reason.held_min"};
        if (marginal)
            return with_ratios("allocation.reason.unchanged_marginal",
                               {{"marginal", ca.marginal_proposed}, {"target", target}});
        return with_ratios("allocation.reason.unchanged", {{"marginal", ca.marginal_proposed}});
    }
    if (prop > cur) {
        const double gain = (ca.response_proposed - ca.response_current) / (prop - cur);
        if (at_min) return Message{"allocation.reason.raised_min"};
        const std::vector<Message::Part> lead = {
            {"lead", Message{at_max ? "allocation.lead.raised_max" : "allocation.lead.moved_up"}}};
        if (marginal && at_max && ca.marginal_proposed > target)
            return with_ratios("allocation.reason.up.still_returns",
                               {{"marginal", ca.marginal_proposed}, {"target", target}}, lead);
        if (marginal && at_max)
            return with_ratios("allocation.reason.up.above_target",
                               {{"average", gain}, {"target", target}}, lead);
        if (marginal)
            return with_ratios("allocation.reason.up.to_target",
                               {{"average", gain}, {"target", target}}, lead);
        if (std::isnan(ctx.came_from))
            return with_ratios("allocation.reason.up.added_budget", {{"average", gain}}, lead);
        if (gain > ctx.came_from + 1e-9 * std::fabs(ctx.came_from))
            return with_ratios("allocation.reason.up.above_source",
                               {{"average", gain}, {"source", ctx.came_from}}, lead);
        return with_ratios("allocation.reason.up.returns", {{"average", gain}}, lead);
    }
    const double loss = (ca.response_current - ca.response_proposed) / (cur - prop);
    if (at_max) return Message{"allocation.reason.cut_max"};
    const std::vector<Message::Part> lead = {
        {"lead", Message{at_min ? "allocation.lead.cut_min" : "allocation.lead.moved_down"}}};
    if (marginal) {
        if (at_min && best <= target)
            return with_ratios("allocation.reason.down.never_pays", {{"target", target}}, lead);
        return with_ratios("allocation.reason.down.below_target",
                           {{"average", loss}, {"target", target}}, lead);
    }
    if (at_min && std::isnan(ctx.lambda))
        return with_ratios("allocation.reason.down.minimums_only", {}, lead);
    if (at_min && best <= ctx.lambda)
        return with_ratios("allocation.reason.down.always_less", {}, lead);
    if (std::isnan(ctx.went_to))
        return with_ratios("allocation.reason.down.cheapest_cut", {{"average", loss}}, lead);
    if (loss < ctx.went_to - 1e-9 * std::fabs(ctx.went_to))
        return with_ratios("allocation.reason.down.below_destination",
                           {{"average", loss}, {"destination", ctx.went_to}}, lead);
    return with_ratios("allocation.reason.down.returned", {{"average", loss}}, lead);
}

AllocationResult refuse(Message error) {
    AllocationResult r;
    r.error = std::move(error);
    return r;
}

// The warning for a proposal whose last unit returns less than the
// request's break-even: the least marginal return among the channels whose
// spend could be cut (not locked, above their minimum), as cutting the
// budget would cut there first. Empty when there is none to warn of.
Message below_break_even(const AllocationRequest& req, const AllocationResult& r) {
    if (!req.break_even_marginal) return {};
    double last = kInf;
    for (std::size_t i = 0; i < r.channels.size(); ++i) {
        const AllocationChannel& ch = req.channels[i];
        const ChannelAllocation& ca = r.channels[i];
        const double tol = 1e-9 * std::max(1.0, std::fabs(ca.proposed));
        if (!ch.locked && ca.proposed > ch.min + tol) last = std::min(last, ca.marginal_proposed);
    }
    if (!(last < *req.break_even_marginal)) return {};
    return with_ratios(req.spend_cost > 0 ? "allocation.warning.net_loss"
                                          : "allocation.warning.below_cost",
                       {{"marginal", last}});
}

AllocationResult describe(const AllocationRequest& req, const std::vector<Span>& spans,
                          const Allocation& a) {
    AllocationResult r;
    r.ok = true;
    ReasonContext ctx;
    ctx.mode = req.mode;
    ctx.amount = req.amount;
    ctx.cost = req.spend_cost;
    ctx.lambda = a.lambda - req.spend_cost;
    double cut = 0, lost = 0, added = 0, gained = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const AllocationChannel& ch = req.channels[i];
        ChannelAllocation ca;
        ca.id = ch.id;
        ca.current = ch.current;
        ca.proposed = a.spend[i];
        // The curves are gross; what is reported is net of the spend's cost.
        const double cost = req.spend_cost;
        ca.marginal_current = marginal_response(ch.curve, ca.current) - cost;
        ca.marginal_proposed = marginal_response(ch.curve, ca.proposed) - cost;
        ca.response_current = response(ch.curve, ca.current) - cost * ca.current;
        ca.response_proposed = response(ch.curve, ca.proposed) - cost * ca.proposed;
        if (ca.proposed < ca.current) {
            cut += ca.current - ca.proposed;
            lost += ca.response_current - ca.response_proposed;
        } else {
            added += ca.proposed - ca.current;
            gained += ca.response_proposed - ca.response_current;
        }
        r.total_current += ca.current;
        r.total_proposed += ca.proposed;
        r.response_current += ca.response_current;
        r.response_proposed += ca.response_proposed;
        r.channels.push_back(ca);
    }
    const double tiny = 1e-9 * std::max(1.0, r.total_proposed);
    if (cut > tiny) ctx.came_from = lost / cut;
    if (added > tiny) ctx.went_to = gained / added;
    for (std::size_t i = 0; i < spans.size(); ++i)
        r.channels[i].reason = reason(req.channels[i], spans[i], r.channels[i], ctx);
    r.warning = below_break_even(req, r);
    return r;
}

AllocationResult fixed_budget(const AllocationRequest& req, const std::vector<Span>& spans) {
    const double lo = sum_lo(spans), hi = sum_hi(spans), budget = req.amount;
    const double slack = 1e-12 * std::max(1.0, budget);
    if (lo > budget + slack)
        return refuse({"allocation.refusal.minimums_above_budget",
                       {{"total", spend_text(req, lo)}, {"budget", spend_text(req, budget)}}});
    if (hi < budget - slack)
        return refuse({"allocation.refusal.maximums_below_budget",
                       {{"total", spend_text(req, hi)}, {"budget", spend_text(req, budget)}}});
    return describe(req, spans, best_allocation(spans, budget));
}

AllocationResult marginal_roas(const AllocationRequest& req, const std::vector<Span>& spans) {
    if (Message e = check_unbounded(req, spans, false); !e.empty()) return refuse(std::move(e));
    return describe(req, spans, separate(spans, gross_amount(req)));
}

AllocationResult target_roas(const AllocationRequest& req, const std::vector<Span>& spans) {
    const double target = gross_amount(req); // the curves' ROAS; the refusals show the net
    if (Message e = check_unbounded(req, spans, true); !e.empty()) return refuse(std::move(e));
    // The most response - target * spend is made by each channel alone; the
    // budgets that reach the target lie around that one.
    const Allocation peak = separate(spans, target);
    double peak_budget = 0;
    for (double s : peak.spend)
        peak_budget += s;
    const double peak_excess = peak.value - target * peak_budget;
    if (peak_budget <= 0 || peak_excess < -1e-12 * target * peak_budget) {
        const Allocation best = best_roas(spans, target);
        double spend = 0;
        for (double s : best.spend)
            spend += s;
        // Concave curves do best with next to nothing spent (spend in minor units).
        const bool nothing = spend < 0.01;
        Message refusal =
            with_ratios(nothing ? "allocation.refusal.unreachable_at_nothing"
                                : "allocation.refusal.unreachable",
                        {{"target", req.amount}, {"best", best.lambda - req.spend_cost}});
        if (!nothing) refusal.args.emplace_back("budget", spend_text(req, spend));
        return refuse(std::move(refusal));
    }
    // How far the best allocation of a budget is above the target; the
    // envelopes' version is never below it and far cheaper, so it narrows
    // each search before the real one finishes it.
    auto excess = [&](double budget) {
        return best_allocation(spans, budget).value - target * budget;
    };
    auto envelope_excess = [&](double budget) {
        return solve_envelope(spans, budget).upper - target * budget;
    };
    const double lo = sum_lo(spans), hi = sum_hi(spans);

    // Where the envelopes miss the target the real curves miss it too, so
    // an envelope bracket's failing end bounds the real search.
    auto real_bracket = [&](const Bracket& envelope) {
        const double e = excess(envelope.pass);
        return e >= 0 ? Bracket{envelope.pass, e, envelope.fail, excess(envelope.fail)}
                      : Bracket{peak_budget, peak_excess, envelope.pass, e};
    };

    // Past the peak the excess falls.
    double largest = hi;
    const double e_hi = hi < kNoMax ? excess(hi) : -kInf;
    if (e_hi < 0) {
        Bracket envelope{peak_budget, peak_excess, hi, hi < kNoMax ? envelope_excess(hi) : -kInf};
        if (hi >= kNoMax) { // no finite end: step out until the target is missed
            for (double step = std::max(1.0, peak_budget); envelope.pass + step < kNoMax;
                 step *= 2) {
                const double at = envelope.pass + step, e = envelope_excess(at);
                (e >= 0 ? envelope.pass : envelope.fail) = at;
                (e >= 0 ? envelope.e_pass : envelope.e_fail) = e;
                if (e < 0) break;
            }
        }
        const Bracket real = envelope.e_fail >= 0
                                 ? Bracket{peak_budget, peak_excess, hi, e_hi}
                                 : real_bracket(narrow(envelope_excess, envelope, 1e-6));
        largest = narrow(excess, real, 1e-9).pass;
    }

    // Before the peak the excess rises. With almost nothing spent the ROAS
    // tends to the best first return of a channel that is not S-shaped (an
    // S-shaped one starts at 0; its envelope starts at its straight slope).
    double first_return = 0, envelope_first_return = 0;
    for (const Span& sp : spans) {
        if (sp.lo >= sp.hi) continue;
        envelope_first_return = std::max(envelope_first_return, best_return(sp));
        if (!sp.gap) first_return = std::max(first_return, best_return(sp));
    }
    const double tiny = -target * 1e-300; // a miss, at a budget of 0
    double smallest = lo;
    const double e_lo = lo > 0 ? excess(lo) : first_return > target ? 0 : tiny;
    if (e_lo < 0) {
        const double e_envelope_lo = lo > 0                           ? envelope_excess(lo)
                                     : envelope_first_return > target ? 0
                                                                      : tiny;
        const Bracket real =
            e_envelope_lo >= 0
                ? Bracket{peak_budget, peak_excess, lo, e_lo}
                : real_bracket(
                      narrow(envelope_excess, {peak_budget, peak_excess, lo, e_envelope_lo}, 1e-6));
        smallest = narrow(excess, real, 1e-9).pass;
    }
    AllocationResult r = describe(req, spans, best_allocation(spans, largest));
    r.smallest_budget = smallest;
    return r;
}

} // namespace

double response(const ResponseCurve& c, double spend) {
    if (c.kappa == 0) return c.beta * spend;
    if (spend <= 0) return 0;
    return c.beta / (1 + std::pow(c.kappa / spend, c.alpha)); // no overflow at large spends
}

double marginal_response(const ResponseCurve& c, double spend) {
    if (c.kappa == 0 || c.beta == 0) return c.kappa == 0 ? c.beta : 0;
    if (spend <= 0) return c.alpha < 1 ? kInf : c.alpha == 1 ? c.beta / c.kappa : 0;
    // beta alpha q / (s (1 + q)^2) with q = (kappa / s)^alpha, written so that
    // neither a huge nor a vanishing q overflows.
    const double q = std::pow(c.kappa / spend, c.alpha);
    return c.beta * c.alpha / (spend * (1 + q) * (1 + 1 / q));
}

ResponseCurve calibrate(double spend, double result, double alpha, double kappa) {
    ResponseCurve c;
    c.alpha = alpha;
    c.kappa = kappa;
    if (!(spend > 0) || !(result >= 0) || !std::isfinite(spend) || !std::isfinite(result)) return c;
    c.beta = kappa == 0 ? result / spend : result * (1 + std::pow(kappa / spend, alpha));
    return c;
}

AllocationResult allocate(const AllocationRequest& request) {
    const bool budget = request.mode == AllocationMode::FixedBudget;
    // The amount's refusals, by what it is: the budget, the target or the marginal ROAS.
    static constexpr const char* kNotFinite[] = {"allocation.refusal.budget_not_finite",
                                                 "allocation.refusal.target_not_finite",
                                                 "allocation.refusal.marginal_not_finite"};
    static constexpr const char* kOutOfRange[] = {"allocation.refusal.budget_negative",
                                                  "allocation.refusal.target_not_positive",
                                                  "allocation.refusal.marginal_not_positive"};
    const int what = budget ? 0 : request.mode == AllocationMode::TargetRoas ? 1 : 2;
    if (!std::isfinite(request.amount)) return refuse(Message{kNotFinite[what]});
    if (budget ? request.amount < 0 : request.amount <= 0)
        return refuse({kOutOfRange[what],
                       {{"value", budget ? spend_text(request, request.amount)
                                         : amount_text(request.amount)}}});
    std::vector<Span> spans;
    for (std::size_t i = 0; i < request.channels.size(); ++i) {
        const AllocationChannel& c = request.channels[i];
        if (Message e = check_channel(request, c, i); !e.empty()) return refuse(std::move(e));
        const double hi = std::min(c.max, kNoMax);
        spans.push_back(c.locked ? fixed_span(c.curve, c.current) : make_span(c.curve, c.min, hi));
    }
    switch (request.mode) {
    case AllocationMode::FixedBudget:
        return fixed_budget(request, spans);
    case AllocationMode::MarginalRoas:
        return marginal_roas(request, spans);
    case AllocationMode::TargetRoas:
        return target_roas(request, spans);
    }
    return refuse(Message{"allocation.refusal.unknown_mode"});
}

} // namespace fp
