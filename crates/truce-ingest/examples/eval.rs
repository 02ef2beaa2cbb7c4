//! Intake evaluation, one command:
//!
//!     cargo run --release -p truce-ingest --example eval
//!
//! 1. The Scrapinghub article-extraction benchmark (testdata/article-extraction-benchmark), scored
//!    as the benchmark scores itself (word 4-gram shingles, per-page normalisation, precision
//!    averaged over pages with extraction, recall over pages with expected text), for the
//!    extractor alone and with the noise pass; speed on one core (this program uses one thread).
//! 2. The noise test sets: benchmark articles with made-up noise lines spliced in at seeded random
//!    positions, once between the ground-truth paragraphs as plain text and once as elements
//!    inserted into the page's own HTML. Pages and line templates are split:
//!    the odd-numbered sets ("tune", "tune-3" … "tune-181") on the first tuning pages, the even
//!    ones ("tune-2" … "tune-180") on the second (used while developing and fitting the classifier,
//!    with the held-out template sets of earlier rounds, `FORMER_HELD_OUT`), and the held-out
//!    pages with held-out templates (only totals printed; the newest set has never been run).
//!    The benchmark's own page furniture (`testdata/intake/page_furniture.tsv`) is a third class.
//!    Each set is also read as one batch, as `truce intake run` reads a folder.
//! 3. The hand-labelled leads set (testdata/intake/leads.json): place, actor and date recall.
//!
//! Flags: `-v` lists the misses of the tuning splits; `--tuning-only` skips every held-out set
//! (how classifier changes are developed); `--set NAME` (repeatable) runs only the named noise
//! sets, e.g. `--set held-out-13` to validate on the last measured held-out set while the newest
//! stays unrun; `--rules-only` judges the noise sets by the shape
//! rules alone, without the learned model; `--train` fits the learned noise model on the tuning
//! splits, prints the cross-check between them and rewrites crates/truce-ingest/data/
//! noise_model.tsv (deterministic: the same file every time).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use regex::Regex;
use truce_ingest::noise::model::{D, FEATURES, NAMED, SENTENCE_COPY, Weights};
use truce_ingest::{clean, extract};

/// One paragraph's model inputs and whether it is spliced noise.
type Sample = ([f32; D], bool);

/// The training routine's settings, chosen by its cross-check between the two tuning splits
/// (train on one, measure on the other's template sets; `--train` prints it), never on held-out
/// pages: L2 penalty of the named inputs and of the hashed n-gram buckets, weight of a noise
/// sample against an article sample (noise lines are few), and the share of training article
/// paragraphs the threshold may remove. TARGET_LOSS went from 0.008 to 0.007 in the fourth round
/// and to 0.0045 in the fifth, where the n-gram buckets raise the probability of many true short
/// lines: over the six tuning sets the cross-check lost 0.93 % of text at 0.0045 (91.7 %
/// removed; at 0.007 it lost 1.32 %), about last round's chosen loss (0.96 %). At the same loss
/// the named inputs alone removed 90.8 %. L2_NGRAM: 3·10⁻⁴ removed about half a point more
/// than 10⁻³ or 3·10⁻³ at the same loss; 10⁻⁴ lost far more. In the tenth round, with the
/// former held-out sets as tuning data (`FORMER_HELD_OUT`), TARGET_LOSS went to 0.003, chosen on
/// held-out-10 and -11 used as validation sets while fitting on held-out-1 to -9 only: at 0.0035
/// and above, five or six true paragraphs of the held-out pages sat just over the threshold (text
/// loss 1.2 %); at 0.003 the model lost 0.77–0.84 % there and removed more than the ninth round's
/// at any threshold (BENCHMARKS.md). In the twelfth round, with the interface lexicon, the
/// credit-line inputs and tune-11 to -14, held-out-13 (measured once, then the validation set)
/// lost 9, 11, 11, 11 and 17 of its 1437 text paragraphs at 0.004, 0.005, 0.006, 0.007 and
/// 0.008, removing 93.9, 93.9, 94.5, 95.1 and 95.1 % of its noise (HTML: 95.5 to 98.1 %, with
/// 14 of 1319 lost at 0.008). 0.006 keeps one step of margin below that jump. With tune-15 to
/// -18 added, 0.006 gave 93.9 % / 11 lost (HTML 95.5 % / 10) and 0.007 94.5 % / 12 (HTML
/// 97.4 % / 10); 0.006 was kept. In the twenty-sixth round the named inputs got a second copy
/// on lines that end as sentences (`model::SENTENCE_COPY`), penalised as the others (3·10⁻³
/// ranked worse in the cross-check: 76.8 % against 78.3 % at 0.3 % of true lines); the fitted
/// model then ranks more noise above the same true lines, and TARGET_LOSS went to 0.005: at
/// 0.006 held-out-27 (the validation set) lost 11 and 12 of its text and HTML paragraphs and
/// the benchmark's F1 fell from 0.9723 to 0.9715; at 0.005 it lost 7 and 11, removed 99.4 % and
/// 98.7 % (97.6 % and 98.7 % before the copy) and F1 stayed 0.9723. In the thirty-first round,
/// with the disclosure rule and tune-147 to -161, the cross-check lost 1.34 % of its true lines at
/// 0.005 (95.8 % removed) and 1.14 % at 0.0045 (95.5 %), and held-out-32 (the validation set)
/// 16 and 15 of its text and HTML paragraphs at 0.005 against 13 and 11 at 0.0045, removing
/// 99.4 % of its noise either way: TARGET_LOSS went to 0.0045. In the thirty-second round, with
/// its rules (closed comments, moderation notes, widget failures, credits that open on what was
/// made, media and "also" labels, breadcrumbs, downloads) and tune-167 to -181, the cross-check
/// lost 1.19 % at 0.0045 (95.9 % removed) and 1.10 % at 0.004 (95.7 %), and held-out-33 (the
/// validation set) 14 of its text paragraphs at 0.0045 against 13 at 0.004, removing 99.4 % of
/// its noise either way: TARGET_LOSS went to 0.004, the rules now doing more of the removing. In
/// the thirty-third round, with held-out-33 fitted on and its rules (programme and app promos,
/// restriction and confirmation notices, agency credits, "Further listening …"), held-out-34 (the
/// validation set) lost 17 of its 1,437 text paragraphs at 0.004 (1.18 %, over the target; with
/// all but the last two of those rules) and 14 at 0.0035 (0.97 %), removing 99.4 % either way;
/// the cross-check lost 1.08 % (96.3 % removed) and 1.00 % (96.0 %): TARGET_LOSS went to 0.0035.
const L2: f64 = 3e-4;
const L2_NGRAM: f64 = 3e-4;
const L2_SENTENCE_COPY: f64 = 3e-4;
const NOISE_WEIGHT: f64 = 10.0;
const TARGET_LOSS: f64 = 0.0035;

/// A setting, overridable from the environment for the cross-check only (`EVAL_L2=…`).
fn setting(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Fits a logistic regression by Newton's method (iteratively reweighted least squares) from
/// zero weights, in f64: it converges in a few steps and is deterministic, so the committed
/// weights can be reproduced exactly.
// Matrix code reads as the formulas do with indices.
#[allow(clippy::needless_range_loop)]
fn fit(samples: &[Sample]) -> Weights {
    let l2 = setting("EVAL_L2", L2);
    let l2_ngram = setting("EVAL_L2_NGRAM", L2_NGRAM);
    let l2_copy = setting("EVAL_L2_SENTENCE_COPY", L2_SENTENCE_COPY);
    let noise_weight = setting("EVAL_NOISE_WEIGHT", NOISE_WEIGHT);
    let target_loss = setting("EVAL_TARGET_LOSS", TARGET_LOSS);
    let mut w = vec![0.0f64; D];
    let total: f64 = samples
        .iter()
        .map(|(_, y)| if *y { noise_weight } else { 1.0 })
        .sum();
    // Each sample's non-zero inputs: only short lines have any of the n-gram buckets, so the
    // Hessian is summed over these alone (the same sums, in the same order, as over all inputs).
    let sparse: Vec<(Vec<(usize, f64)>, bool)> = samples
        .iter()
        .map(|(x, y)| {
            let nz = x
                .iter()
                .enumerate()
                .filter(|(_, v)| **v != 0.0)
                .map(|(j, v)| (j, f64::from(*v)))
                .collect();
            (nz, *y)
        })
        .collect();
    for _ in 0..30 {
        let mut g = vec![0.0f64; D];
        let mut h = vec![vec![0.0f64; D]; D];
        for (x, y) in &sparse {
            let z: f64 = x.iter().map(|&(j, v)| w[j] * v).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let (t, c) = if *y { (1.0, noise_weight) } else { (0.0, 1.0) };
            let r = c * p * (1.0 - p);
            for (a, &(j, xj)) in x.iter().enumerate() {
                g[j] += c * (p - t) * xj;
                for &(k, xk) in &x[..=a] {
                    h[j][k] += r * xj * xk;
                }
            }
        }
        for j in 0..D {
            g[j] /= total;
            for k in 0..=j {
                h[j][k] /= total;
                h[k][j] = h[j][k];
            }
            // The bias is not penalised; the n-gram buckets, many and each seen on few lines,
            // are penalised apart.
            let penalty = match j {
                0 => 0.0,
                j if j < NAMED => l2,
                j if j < SENTENCE_COPY => l2_ngram,
                _ => l2_copy,
            };
            g[j] += penalty * w[j];
            h[j][j] += penalty;
        }
        // A tiny ridge on the bias too, so a feature constant over the samples cannot make the
        // system singular.
        h[0][0] += 1e-9;
        let step = solve(h, g);
        let mut biggest = 0.0f64;
        for (wj, sj) in w.iter_mut().zip(&step) {
            *wj -= sj;
            biggest = biggest.max(sj.abs());
        }
        if biggest < 1e-9 {
            break;
        }
    }
    let w: Vec<f32> = w.iter().map(|&v| v as f32).collect();
    let target_loss_f = target_loss;
    let mut m = Weights { w, threshold: 0.5 };
    // The lowest threshold that removes at most TARGET_LOSS of the training article paragraphs.
    let mut truths: Vec<f32> = samples
        .iter()
        .filter(|(_, y)| !*y)
        .map(|(x, _)| m.probability(x))
        .collect();
    truths.sort_by(|a, b| b.total_cmp(a));
    let allowed = (truths.len() as f64 * target_loss_f).floor() as usize;
    m.threshold = truths
        .get(allowed)
        .map_or(0.5, |p| (p + 1e-6).max(0.05))
        .min(0.95);
    m
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (a is small and, with the L2
/// penalty, positive definite).
#[allow(clippy::needless_range_loop)]
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap_or(c);
        a.swap(c, p);
        b.swap(c, p);
        let d = a[c][c];
        if d.abs() < 1e-15 {
            continue;
        }
        for r in c + 1..n {
            let f = a[r][c] / d;
            if f != 0.0 {
                for k in c..n {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
    }
    let mut x = vec![0.0; n];
    for c in (0..n).rev() {
        let s: f64 = (c + 1..n).map(|k| a[c][k] * x[k]).sum();
        x[c] = if a[c][c].abs() < 1e-15 {
            0.0
        } else {
            (b[c] - s) / a[c][c]
        };
    }
    x
}

/// The hand-written tuning template sets and the page split each is spliced into. The
/// cross-check is measured on these only, so that its figure stays comparable between rounds.
const TUNING: [(usize, &str, &Templates); 6] = [
    (0, "tune", &TUNE),
    (1, "tune-2", &TUNE_2),
    (0, "tune-3", &TUNE_3),
    (1, "tune-4", &TUNE_4),
    (0, "tune-5", &TUNE_5),
    (1, "tune-6", &TUNE_6),
];

/// The eleventh, twelfth, fifteenth, eighteenth to twentieth, twenty-second to twenty-fifth,
/// twenty-seventh to thirty-second rounds' hand-written tuning sets and their page splits (the
/// eighteenth round's twelve, tune-23 to -34, the nineteenth's seven, tune-35 to -41, the
/// twentieth's seven, tune-42 to -48, the twenty-second's seven, tune-49 to -55, the twenty-third's
/// seventeen, tune-56 to -72, the twenty-fourth's four, tune-73 to -76, the twenty-fifth's
/// eighteen, tune-77 to -94, the twenty-seventh's twelve, tune-95 to -106, the twenty-eighth's
/// four, tune-107 to -110, the twenty-ninth's fourteen, tune-111 to -124, the thirtieth's eighteen,
/// tune-125 to -142, the thirty-first's twenty-four, tune-143 to -166, and the thirty-second's
/// fifteen, tune-167 to -181, each from one kind of site again but tune-119, -124, -133, -142,
/// -150, -156, -161, -166, -170, -175 and -179; tune-60 to -94, -108, -110, -111, -113, -115, -117,
/// -119, -120, -122, -124, -125, -127, -129, -131, -134, -137, -139, -142, -143, -145, -147, -149,
/// -150, -152, -154, -156, -157, -159, -161, -162, -164, -166 to -168, -170 to -173, -175 to -177
/// and -179 to -181 with at least half of each field written as plain sentences, tune-95 to -110,
/// -119, -124, -133, -142, -150, -156, -161, -166, -170, -175 and -179 from a mix of sites as the
/// held-out sets are; each written by a helper session for one kind of site from the noise kinds
/// alone, never seeing the other sets: the prompt and the phrase checker are in
/// `scripts/noise_sets/`); fitted on, and printed with the tuning sets, but kept out of the
/// cross-check so that its figure stays comparable.
const TUNING_MORE: [(usize, &str, &Templates); 175] = [
    (0, "tune-7", &TUNE_7),
    (1, "tune-8", &TUNE_8),
    (0, "tune-9", &TUNE_9),
    (1, "tune-10", &TUNE_10),
    (0, "tune-11", &TUNE_11),
    (1, "tune-12", &TUNE_12),
    (0, "tune-13", &TUNE_13),
    (1, "tune-14", &TUNE_14),
    (0, "tune-15", &TUNE_15),
    (1, "tune-16", &TUNE_16),
    (0, "tune-17", &TUNE_17),
    (1, "tune-18", &TUNE_18),
    (0, "tune-19", &TUNE_19),
    (1, "tune-20", &TUNE_20),
    (0, "tune-21", &TUNE_21),
    (1, "tune-22", &TUNE_22),
    (0, "tune-23", &TUNE_23),
    (1, "tune-24", &TUNE_24),
    (0, "tune-25", &TUNE_25),
    (1, "tune-26", &TUNE_26),
    (0, "tune-27", &TUNE_27),
    (1, "tune-28", &TUNE_28),
    (0, "tune-29", &TUNE_29),
    (1, "tune-30", &TUNE_30),
    (0, "tune-31", &TUNE_31),
    (1, "tune-32", &TUNE_32),
    (0, "tune-33", &TUNE_33),
    (1, "tune-34", &TUNE_34),
    (0, "tune-35", &TUNE_35),
    (1, "tune-36", &TUNE_36),
    (0, "tune-37", &TUNE_37),
    (1, "tune-38", &TUNE_38),
    (0, "tune-39", &TUNE_39),
    (1, "tune-40", &TUNE_40),
    (0, "tune-41", &TUNE_41),
    (1, "tune-42", &TUNE_42),
    (0, "tune-43", &TUNE_43),
    (1, "tune-44", &TUNE_44),
    (0, "tune-45", &TUNE_45),
    (1, "tune-46", &TUNE_46),
    (0, "tune-47", &TUNE_47),
    (1, "tune-48", &TUNE_48),
    (0, "tune-49", &TUNE_49),
    (1, "tune-50", &TUNE_50),
    (0, "tune-51", &TUNE_51),
    (1, "tune-52", &TUNE_52),
    (0, "tune-53", &TUNE_53),
    (1, "tune-54", &TUNE_54),
    (0, "tune-55", &TUNE_55),
    (1, "tune-56", &TUNE_56),
    (0, "tune-57", &TUNE_57),
    (1, "tune-58", &TUNE_58),
    (0, "tune-59", &TUNE_59),
    (1, "tune-60", &TUNE_60),
    (0, "tune-61", &TUNE_61),
    (1, "tune-62", &TUNE_62),
    (0, "tune-63", &TUNE_63),
    (1, "tune-64", &TUNE_64),
    (0, "tune-65", &TUNE_65),
    (1, "tune-66", &TUNE_66),
    (0, "tune-67", &TUNE_67),
    (1, "tune-68", &TUNE_68),
    (0, "tune-69", &TUNE_69),
    (1, "tune-70", &TUNE_70),
    (0, "tune-71", &TUNE_71),
    (1, "tune-72", &TUNE_72),
    (0, "tune-73", &TUNE_73),
    (1, "tune-74", &TUNE_74),
    (0, "tune-75", &TUNE_75),
    (1, "tune-76", &TUNE_76),
    (0, "tune-77", &TUNE_77),
    (1, "tune-78", &TUNE_78),
    (0, "tune-79", &TUNE_79),
    (1, "tune-80", &TUNE_80),
    (0, "tune-81", &TUNE_81),
    (1, "tune-82", &TUNE_82),
    (0, "tune-83", &TUNE_83),
    (1, "tune-84", &TUNE_84),
    (0, "tune-85", &TUNE_85),
    (1, "tune-86", &TUNE_86),
    (0, "tune-87", &TUNE_87),
    (1, "tune-88", &TUNE_88),
    (0, "tune-89", &TUNE_89),
    (1, "tune-90", &TUNE_90),
    (0, "tune-91", &TUNE_91),
    (1, "tune-92", &TUNE_92),
    (0, "tune-93", &TUNE_93),
    (1, "tune-94", &TUNE_94),
    (0, "tune-95", &TUNE_95),
    (1, "tune-96", &TUNE_96),
    (0, "tune-97", &TUNE_97),
    (1, "tune-98", &TUNE_98),
    (0, "tune-99", &TUNE_99),
    (1, "tune-100", &TUNE_100),
    (0, "tune-101", &TUNE_101),
    (1, "tune-102", &TUNE_102),
    (0, "tune-103", &TUNE_103),
    (1, "tune-104", &TUNE_104),
    (0, "tune-105", &TUNE_105),
    (1, "tune-106", &TUNE_106),
    (0, "tune-107", &TUNE_107),
    (1, "tune-108", &TUNE_108),
    (0, "tune-109", &TUNE_109),
    (1, "tune-110", &TUNE_110),
    (0, "tune-111", &TUNE_111),
    (1, "tune-112", &TUNE_112),
    (0, "tune-113", &TUNE_113),
    (1, "tune-114", &TUNE_114),
    (0, "tune-115", &TUNE_115),
    (1, "tune-116", &TUNE_116),
    (0, "tune-117", &TUNE_117),
    (1, "tune-118", &TUNE_118),
    (0, "tune-119", &TUNE_119),
    (1, "tune-120", &TUNE_120),
    (0, "tune-121", &TUNE_121),
    (1, "tune-122", &TUNE_122),
    (0, "tune-123", &TUNE_123),
    (1, "tune-124", &TUNE_124),
    (0, "tune-125", &TUNE_125),
    (1, "tune-126", &TUNE_126),
    (0, "tune-127", &TUNE_127),
    (1, "tune-128", &TUNE_128),
    (0, "tune-129", &TUNE_129),
    (1, "tune-130", &TUNE_130),
    (0, "tune-131", &TUNE_131),
    (1, "tune-132", &TUNE_132),
    (0, "tune-133", &TUNE_133),
    (1, "tune-134", &TUNE_134),
    (0, "tune-135", &TUNE_135),
    (1, "tune-136", &TUNE_136),
    (0, "tune-137", &TUNE_137),
    (1, "tune-138", &TUNE_138),
    (0, "tune-139", &TUNE_139),
    (1, "tune-140", &TUNE_140),
    (0, "tune-141", &TUNE_141),
    (1, "tune-142", &TUNE_142),
    (0, "tune-143", &TUNE_143),
    (1, "tune-144", &TUNE_144),
    (0, "tune-145", &TUNE_145),
    (1, "tune-146", &TUNE_146),
    (0, "tune-147", &TUNE_147),
    (1, "tune-148", &TUNE_148),
    (0, "tune-149", &TUNE_149),
    (1, "tune-150", &TUNE_150),
    (0, "tune-151", &TUNE_151),
    (1, "tune-152", &TUNE_152),
    (0, "tune-153", &TUNE_153),
    (1, "tune-154", &TUNE_154),
    (0, "tune-155", &TUNE_155),
    (1, "tune-156", &TUNE_156),
    (0, "tune-157", &TUNE_157),
    (1, "tune-158", &TUNE_158),
    (0, "tune-159", &TUNE_159),
    (1, "tune-160", &TUNE_160),
    (0, "tune-161", &TUNE_161),
    (1, "tune-162", &TUNE_162),
    (0, "tune-163", &TUNE_163),
    (1, "tune-164", &TUNE_164),
    (0, "tune-165", &TUNE_165),
    (1, "tune-166", &TUNE_166),
    (0, "tune-167", &TUNE_167),
    (1, "tune-168", &TUNE_168),
    (0, "tune-169", &TUNE_169),
    (1, "tune-170", &TUNE_170),
    (0, "tune-171", &TUNE_171),
    (1, "tune-172", &TUNE_172),
    (0, "tune-173", &TUNE_173),
    (1, "tune-174", &TUNE_174),
    (0, "tune-175", &TUNE_175),
    (1, "tune-176", &TUNE_176),
    (0, "tune-177", &TUNE_177),
    (1, "tune-178", &TUNE_178),
    (0, "tune-179", &TUNE_179),
    (1, "tune-180", &TUNE_180),
    (0, "tune-181", &TUNE_181),
];

/// How many times each split's composed set is spliced into that split's pages, each time at
/// other positions (a page takes only two to four lines per pass). Zero: in the seventh round the
/// composed sets tied with or trailed the hand-written sets alone in the cross-check at equal
/// loss for every pass count and setting tried (BENCHMARKS.md), so the committed model is not
/// fitted on them. `EVAL_PASSES=1 … --train` reproduces that experiment.
const COMPOSED_PASSES: u64 = 0;

/// The held-out template sets measured in earlier rounds, fitted on since the tenth round (on the
/// tuning pages only). Each round's unseen set was written by hand, and each brought kinds of
/// line no tuning set had ("Camera: Jane Roe", "Mark as spam"); once measured, a set teaches more
/// as tuning data than it tells as a repeated test. Held-out-13 (measured in the eleventh round,
/// the twelfth round's validation set) is fitted on since the thirteenth round, whose validation
/// set is held-out-14 (measured in the twelfth). Held-out-14 is fitted on since the fourteenth
/// round, whose validation set is held-out-15; held-out-16 was measured at its end. Held-out-15
/// is fitted on since the fifteenth round, whose validation set is held-out-16; held-out-17 was
/// measured at its end. Held-out-16 is fitted on since the sixteenth round, whose validation set
/// is held-out-17; held-out-18 was measured at its end. Held-out-17 is fitted on since the
/// seventeenth round, whose validation set is held-out-18; held-out-19 was measured at its end.
/// Held-out-18 is fitted on since the eighteenth round, whose validation set is held-out-19;
/// held-out-20 was measured at its end. Held-out-19 is fitted on since the nineteenth round,
/// whose validation set is held-out-20; held-out-21 was measured at its end. Held-out-20 is
/// fitted on since the twentieth round, whose validation set is held-out-21; held-out-22 was
/// measured at its end. Held-out-21 is fitted on since the twenty-first round, whose validation
/// set is held-out-22; held-out-23 was measured at its end. Held-out-22 is fitted on since the
/// twenty-second round, whose validation set is held-out-23; held-out-24 was measured at its
/// end. Held-out-23 is fitted on since the twenty-third round, whose validation set is
/// held-out-24; held-out-25 was measured at its end. Held-out-24 is fitted on since the
/// twenty-fourth round, whose validation set is held-out-25; held-out-26 was measured at its
/// end. Held-out-25 is fitted on since the twenty-fifth round, whose validation set is
/// held-out-26; held-out-27 was measured at its end. Held-out-26 is fitted on since the
/// twenty-sixth round, whose validation set is held-out-27; held-out-28 was measured at its
/// end. Held-out-27 is fitted on since the twenty-seventh round, whose validation set is
/// held-out-28; held-out-29 was measured at its end. Held-out-28 is fitted on since the
/// twenty-eighth round, whose validation set is held-out-29; held-out-30 was measured at its
/// end. Held-out-29 is fitted on since the twenty-ninth round, whose validation set is
/// held-out-30; held-out-31 was measured at its end. Held-out-30 is fitted on since the
/// thirtieth round, whose validation set is held-out-31; held-out-32 was measured at its end.
/// Held-out-31 is fitted on since the thirty-first round, whose validation set is held-out-32;
/// held-out-33 was measured at its end. Held-out-32 is fitted on since the thirty-second round,
/// whose validation set is held-out-33; held-out-34 was measured at its end. Held-out-33 is
/// fitted on since the thirty-third round, whose validation set is held-out-34; held-out-35 is
/// unseen until that round's end.
const FORMER_HELD_OUT: [&Templates; 33] = [
    &UNSEEN, &UNSEEN_2, &UNSEEN_3, &UNSEEN_4, &UNSEEN_5, &UNSEEN_6, &UNSEEN_7, &UNSEEN_8,
    &UNSEEN_9, &UNSEEN_10, &UNSEEN_11, &UNSEEN_12, &UNSEEN_13, &UNSEEN_14, &UNSEEN_15, &UNSEEN_16,
    &UNSEEN_17, &UNSEEN_18, &UNSEEN_19, &UNSEEN_20, &UNSEEN_21, &UNSEEN_22, &UNSEEN_23, &UNSEEN_24,
    &UNSEEN_25, &UNSEEN_26, &UNSEEN_27, &UNSEEN_28, &UNSEEN_29, &UNSEEN_30, &UNSEEN_31, &UNSEEN_32,
    &UNSEEN_33,
];

/// Every set `--train` fits on: the hand-written tuning sets, the former held-out sets and, on
/// each split, the seventh round's composed set (see `composed`).
fn training_sets() -> Vec<(usize, String, &'static Templates)> {
    let mut v: Vec<(usize, String, &'static Templates)> = TUNING
        .iter()
        .map(|(s, n, t)| (*s, n.to_string(), *t))
        .collect();
    // `EVAL_MORE=16` fits without the eighteenth to twentieth rounds' tuning sets (tune-23 to
    // -48); `EVAL_MORE=28` without the nineteenth's and twentieth's (tune-35 to -48).
    let n_more = setting("EVAL_MORE", TUNING_MORE.len() as f64) as usize;
    v.extend(
        TUNING_MORE
            .iter()
            .take(n_more)
            .map(|(s, n, t)| (*s, n.to_string(), *t)),
    );
    // `EVAL_EXTRA=9` reproduces the tenth round's validation fit (held-out-10 and -11 left out).
    let n_former = setting("EVAL_EXTRA", FORMER_HELD_OUT.len() as f64) as usize;
    for (k, t) in FORMER_HELD_OUT.iter().take(n_former).enumerate() {
        // Alternate page splits, and a seed of their own, so their lines land elsewhere than in
        // the held-out splice of the same templates.
        let t: &'static Templates = Box::leak(Box::new(Templates {
            seed: 0x6578_7472 + k as u64,
            ..**t
        }));
        v.push((k % 2, format!("former held-out-{}", k + 1), t));
    }
    for split in 0..2 {
        let base = composed(split);
        for pass in 1..=setting("EVAL_PASSES", COMPOSED_PASSES as f64) as u64 {
            let t: &'static Templates = Box::leak(Box::new(Templates {
                seed: 0x636f_6d70 * pass + split as u64,
                ..*base
            }));
            v.push((split, format!("composed-{split}.{pass}"), t));
        }
    }
    v
}

/// Lowercased word trigrams of a template line, placeholders dropped.
fn trigrams(line: &str) -> Vec<String> {
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '{' && c != '}')
        .filter(|w| !w.is_empty() && !w.starts_with('{'))
        .map(|w| w.to_lowercase())
        .collect();
    words.windows(3).map(|w| w.join(" ")).collect()
}

fn all_lines(t: &Templates) -> impl Iterator<Item = &'static str> {
    [t.teasers, t.forms, t.navigation, t.bylines, t.headlines]
        .into_iter()
        .flatten()
        .copied()
}

fn leak(v: Vec<String>) -> &'static [&'static str] {
    let v: Vec<&'static str> = v
        .into_iter()
        .map(|s| &*Box::leak(s.into_boxed_str()))
        .collect();
    Box::leak(v.into_boxed_slice())
}

/// Cross product of parts, each joined as `a` + `b` (the caller puts separators in the parts).
fn cross(a: &[&str], b: &[&str]) -> Vec<String> {
    a.iter()
        .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
        .collect()
}

/// Casing as pages show it: as written, upper case (buttons and kickers), lower case (bare
/// links) and Title Case (menus). Placeholders keep their case so `fill` still finds them.
fn recase(line: &str, how: usize) -> String {
    let mut out = String::new();
    for (i, part) in line.split_inclusive(['{', '}']).enumerate() {
        let _ = i;
        if part.ends_with('}')
            && part.contains(|c: char| c.is_ascii_lowercase())
            && !part.contains(' ')
        {
            out.push_str(part);
            continue;
        }
        let p = match how {
            1 => part.to_uppercase(),
            2 => part.to_lowercase(),
            3 => part
                .split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    match c.next() {
                        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                        None => String::new(),
                    }
                })
                .collect::<Vec<_>>()
                .join(" "),
            _ => part.to_string(),
        };
        out.push_str(&p);
    }
    out
}

/// The seventh round's tuning data: several hundred lines of every kind, composed from parts
/// (lead-ins × targets × separators × casing) instead of written one by one, because the
/// held-out figures moved with how far a set's wordings were from the few dozen hand-written
/// tuning lines per kind. Each line goes to one split only (by a hash of its text), and a line
/// is dropped if it shares a three-word phrase with any held-out set (so those stay unseen
/// wordings) or with the other split's hand-written sets (so the cross-check still measures
/// wordings its fit did not see). Held-out sets stay hand-written and separate.
fn composed(split: usize) -> &'static Templates {
    let seps = [": ", " — ", " | ", " » ", " - ", " > ", " → ", " · "];
    let leads = [
        "Read more",
        "Keep reading",
        "Continue reading",
        "More on this",
        "See more",
        "Related coverage",
        "Related stories",
        "You might also like",
        "Recommended for you",
        "Most read",
        "Trending",
        "Editor's picks",
        "Latest",
        "Explainer",
        "Live updates",
        "In pictures",
        "Video",
        "Listen",
        "Watch",
        "Interactive",
        "Timeline",
        "Q&A",
        "In depth",
        "Must read",
        "Top story",
        "Breaking",
        "Just in",
        "Full coverage",
        "Further reading",
        "Elsewhere on the site",
        "Around the region",
        "Featured",
        "Our pick",
        "Gallery",
        "Podcast episode",
        "Sponsored",
        "Update",
        "Look back",
        "What to watch",
        "The briefing",
        "Morning digest",
        "Evening wrap",
        "Long read",
        "Special report",
        "Recap",
        "Previously",
        "Coming up",
        "Still reading?",
    ];
    let topic_leads = [
        "More on ",
        "All our coverage of ",
        "Latest news on ",
        "Follow ",
        "Stay updated on ",
        "Get the latest on ",
        "Browse stories about ",
        "Explore ",
        "Dig deeper into ",
        "Our reporting on ",
        "Key facts about ",
        "A guide to ",
        "Subscribe for updates on ",
        "Newsletter: the week in ",
        "Live blog: ",
        "Map: ",
        "Timeline: ",
        "Ask us about ",
        "Tell us what you think about ",
        "Watch our video on ",
        "Listen to our podcast on ",
        "Everything on ",
        "See all stories on ",
        "Notifications for ",
    ];
    let ends = ["", " »", " →", "…", "...", " >>", " ›"];
    let mut teasers: Vec<String> = Vec::new();
    for l in leads {
        for s in seps {
            teasers.push(format!("{l}{s}{{headline}}"));
        }
    }
    for t in cross(&topic_leads, &["{topic}"]) {
        for e in ends {
            teasers.push(format!("{t}{e}"));
        }
    }
    for bare in [
        "Read more",
        "Read the full story",
        "Continue reading",
        "Full article",
        "Keep scrolling",
        "See the full list",
        "Show the rest",
        "More",
        "Open article",
        "View story",
        "Read on",
        "Expand",
        "Tap to expand",
        "Click to continue",
        "Read the rest",
    ] {
        for e in ends {
            teasers.push(format!("{bare}{e}"));
        }
    }

    let form_verbs = [
        "Sign up",
        "Subscribe",
        "Register",
        "Join",
        "Log in",
        "Sign in",
        "Create an account",
        "Start your free trial",
        "Upgrade",
        "Become a member",
        "Donate",
        "Support us",
    ];
    let form_objs = [
        "",
        " now",
        " today",
        " for free",
        " to comment",
        " to keep reading",
        " for daily updates",
        " to our morning email",
        " to unlock this article",
        " to get breaking alerts",
        " and never miss a story",
        " for unlimited access",
        " with Google",
        " with Apple",
        " with email",
    ];
    let mut forms: Vec<String> = cross(&form_verbs, &form_objs);
    forms.extend(
        [
            "Comments",
            "Show comments",
            "Hide comments",
            "Write a comment",
            "Post a reply",
            "Report abuse",
            "Reply",
            "Like",
            "Sort by newest",
            "Sort by oldest",
            "Most liked",
            "Load more comments",
            "Comments are closed",
            "Join the discussion",
            "What do you think?",
            "Community guidelines",
            "Name *",
            "Email *",
            "Website",
            "Submit",
            "Send",
            "Your message",
            "Required field",
            "Characters remaining",
            "We use cookies to improve your experience",
            "Accept cookies",
            "Reject all",
            "Cookie policy",
            "Privacy policy",
            "Do not sell my personal information",
            "Got it",
            "OK",
            "Manage preferences",
            "Allow all",
            "Necessary cookies only",
            "This site uses cookies",
            "By continuing you agree to our use of cookies",
            "Share on Facebook",
            "Share on X",
            "Share this article",
            "Tweet",
            "Email",
            "Print",
            "WhatsApp",
            "Copy URL",
            "Share via email",
            "Save",
            "Bookmark",
            "Save for later",
            "Share",
            "Gift this article",
            "Download our app",
            "Get the app",
            "Available on iOS and Android",
            "Read this in the app",
            "Turn on notifications",
            "Enable push alerts",
            "Scan the QR code to install",
            "Allow notifications",
            "Not now",
            "Maybe later",
            "No thanks",
            "Dismiss",
            "You have 3 free articles left this month",
            "Already a subscriber? Log in",
            "Forgot password?",
            "Remember me",
            "Enter your email address",
            "Email address",
            "Username",
            "Thanks for signing up!",
            "Check your inbox to confirm",
            "Unsubscribe at any time",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    for n in [0, 1, 4, 12, 37, 128] {
        forms.push(format!("{n} comments"));
        forms.push(format!("Comments ({n})"));
        forms.push(format!("View all {n} replies"));
        forms.push(format!("{n} shares"));
    }

    let mut navigation: Vec<String> = [
        "Next",
        "Previous",
        "Next page",
        "Previous page",
        "Older posts",
        "Newer posts",
        "Load more",
        "Show more",
        "Menu",
        "Search",
        "Sections",
        "Skip to main content",
        "Back to top ↑",
        "Close",
        "Open menu",
        "Toggle navigation",
        "Go to top",
        "Up",
        "First",
        "Last",
        "Next story",
        "Previous story",
        "Continue to next page",
        "See all",
        "View all",
        "Show less",
        "More sections",
        "All topics",
        "Contact us",
        "About us",
        "Advertise",
        "Careers",
        "Terms and conditions",
        "Accessibility",
        "Help",
        "Archive",
        "Subscribe",
        "Log out",
        "My account",
        "Settings",
        "Search this site",
        "Go",
        "Breadcrumb",
        "You are here:",
        "Jump to comments",
        "Skip to footer",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let sections = [
        "World",
        "Business",
        "Sport",
        "Politics",
        "Culture",
        "Science",
        "Health",
        "Asia",
        "Region",
        "Opinion",
        "Video",
        "Weather",
        "Lifestyle",
        "Technology",
        "Local",
    ];
    for (i, a) in sections.iter().enumerate() {
        navigation.push(a.to_string());
        let b = sections[(i + 3) % sections.len()];
        navigation.push(format!("Home > {a} > {b}"));
        navigation.push(format!("Home / {a}"));
        navigation.push(format!(
            "{a} | {b} | {}",
            sections[(i + 7) % sections.len()]
        ));
    }
    for (n, m) in [(1, 3), (2, 5), (3, 3), (4, 9), (7, 12)] {
        navigation.push(format!("Page {n}"));
        navigation.push(format!("{n} of {m}"));
        navigation.push(format!("« Previous  {n}  {}  Next »", n + 1));
        navigation.push(format!("Showing {n}–{m} of {} results", m * 4));
    }

    let mut bylines: Vec<String> = [
        "By {name}",
        "By {name} and {name2}",
        "Written by {name}",
        "Posted by {name}",
        "{name} reports from {city}",
        "Photo: {name2}",
        "Image: {name2}/Handout",
        "Edited by {name2}",
        "Fact-checked by {name2}",
        "Reviewed by {name2}",
        "{name} is a senior reporter.",
        "{name} writes about politics and security.",
        "{name} is our {city} bureau chief.",
        "About the author: {name}",
        "More from {name}",
        "Follow {name} on social media",
        "Contact {name}",
        "Translated by {name2}",
        "Video: {name2}",
        "Produced by {name2}",
        "{name}, {city}",
        "{name} — {city} correspondent",
        "With reporting by {name2}",
        "{name} contributed reporting.",
        "Author: {name}",
        "Reporter: {name}",
        "Editor: {name2}",
        "Photographer: {name2}",
        "Cover image by {name2}",
        "{name} joined the paper in 2019.",
        "{name} previously worked in {city}.",
        "Send tips to {name} at {handle}@news.example",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for d in [
        "3 March 2026",
        "Jan 12, 2026",
        "2026-06-04",
        "Updated 2 hours ago",
        "Last updated: 14:05",
        "5 min read",
        "Tuesday 8 September 2026 06.30",
    ] {
        bylines.push(format!("By {{name}} | {d}"));
        bylines.push(format!("{{name}} · {d}"));
        bylines.push(d.to_string());
    }

    // Other stories' headlines, same topic and not: subject × action × object, phrased so
    // neither party is favoured (both sides, joint bodies, or neutral local news).
    let subjects = [
        "Officials on both sides",
        "Joint monitors",
        "Farmers",
        "City council",
        "Markets",
        "Rescue teams",
        "Negotiators",
        "Teachers",
        "Doctors",
        "Border traders",
        "Tribal elders",
        "Aid agencies",
        "Students",
        "Truck drivers",
        "Local police",
        "Cricket fans",
    ];
    let actions = [
        " agree on ",
        " warn of ",
        " debate ",
        " call for ",
        " report ",
        " prepare for ",
        " reject ",
        " welcome ",
        " wait for ",
        " question ",
        " celebrate ",
        " protest over ",
    ];
    let objects = [
        "new trade rules",
        "a prisoner exchange",
        "road repairs",
        "flood relief",
        "fuel prices",
        "exam results",
        "longer opening hours",
        "another round of talks",
        "a vaccination drive",
        "higher water tariffs",
        "the new bus route",
        "delayed salaries",
        "a weekend tournament",
        "power cuts",
    ];
    let mut headlines = Vec::new();
    for (i, s) in subjects.iter().enumerate() {
        for (j, a) in actions.iter().enumerate() {
            // A spread of objects per subject and action rather than all of them.
            for k in 0..3 {
                let o = objects[(i * 5 + j * 3 + k * 7) % objects.len()];
                headlines.push(format!("{s}{a}{o}"));
            }
        }
    }

    // Held-out wordings and the other split's hand-written wordings, as trigrams to avoid.
    let mut avoid = std::collections::HashSet::new();
    for t in [
        &UNSEEN, &UNSEEN_2, &UNSEEN_3, &UNSEEN_4, &UNSEEN_5, &UNSEEN_6, &UNSEEN_7, &UNSEEN_8,
        &UNSEEN_9, &UNSEEN_10, &UNSEEN_11, &UNSEEN_12, &UNSEEN_13, &UNSEEN_14, &UNSEEN_15,
        &UNSEEN_16, &UNSEEN_17, &UNSEEN_18, &UNSEEN_19, &UNSEEN_20, &UNSEEN_21, &UNSEEN_22,
        &UNSEEN_23, &UNSEEN_24, &UNSEEN_25, &UNSEEN_26, &UNSEEN_27, &UNSEEN_28, &UNSEEN_29,
        &UNSEEN_30, &UNSEEN_31, &UNSEEN_32, &UNSEEN_33, &UNSEEN_34, &UNSEEN_35, &UNSEEN_36,
        &UNSEEN_37, &UNSEEN_38,
    ] {
        avoid.extend(all_lines(t).flat_map(trigrams));
    }
    for (s, _, t) in TUNING {
        if s != split {
            avoid.extend(all_lines(t).flat_map(trigrams));
        }
    }
    let keep = |v: Vec<String>, casings: bool| -> &'static [&'static str] {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, line) in v.into_iter().enumerate() {
            // Casing varies by line, not all four of every line, to keep the set's size sane.
            let line = if casings { recase(&line, i % 4) } else { line };
            let h = line
                .to_lowercase()
                .bytes()
                .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                    (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
                });
            if h % 2 != split as u64 || !seen.insert(line.clone()) {
                continue;
            }
            if trigrams(&line).iter().any(|g| avoid.contains(g)) {
                continue;
            }
            out.push(line);
        }
        leak(out)
    };
    Box::leak(Box::new(Templates {
        teasers: keep(teasers, true),
        forms: keep(forms, true),
        navigation: keep(navigation, true),
        bylines: keep(bylines, false),
        headlines: keep(headlines, true),
        topics: leak(
            [
                "the talks",
                "the border",
                "local politics",
                "the economy",
                "sport",
                "the floods",
                "education",
                "the crossing",
                "refugees",
                "energy",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        ),
        names: leak(
            [
                "Nazia Rahimi",
                "Bilal Qureshi",
                "Hanna Lindqvist",
                "Chidi Okeke",
                "Rosa Almeida",
                "Farid Stanekzai",
                "Mehwish Tariq",
                "Jonas Weber",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        ),
        seed: 0,
    }))
}

/// `--train`: gathers samples from the tuning splits, cross-checks the settings between them,
/// fits on both and writes crates/truce-ingest/data/noise_model.tsv.
fn train(pages: &[Page], titles: &[(String, String)]) {
    let mut by_split: [Vec<Sample>; 2] = [Vec::new(), Vec::new()];
    let sets = training_sets();
    for (split, name, tpl) in &sets {
        let (split, tpl) = (*split, *tpl);
        if std::env::args().any(|a| a == "-v") && name.ends_with(".1") {
            println!(
                "{name}: {} teasers, {} forms, {} navigation, {} bylines, {} headlines",
                tpl.teasers.len(),
                tpl.forms.len(),
                tpl.navigation.len(),
                tpl.bylines.len(),
                tpl.headlines.len()
            );
        }
        for how in [Splice::Text, Splice::Html] {
            noise_set(
                pages,
                titles,
                split,
                tpl,
                how,
                None,
                Some(&mut by_split[split]),
            );
        }
    }
    let report = |name: &str, t: &NoiseTally| {
        println!(
            "{name}: noise removed {}/{} = {:.1} %, true paragraphs lost {}/{} = {:.2} %",
            t.noise_removed,
            t.noise,
            100.0 * t.noise_removed as f64 / t.noise.max(1) as f64,
            t.true_lost,
            t.true_paras,
            100.0 * t.true_lost as f64 / t.true_paras.max(1) as f64
        );
    };
    println!("## cross-check: fitted on one tuning split, measured on the other");
    for (fit_on, other) in [(0usize, 1usize), (1, 0)] {
        let m = fit(&by_split[fit_on]);
        // The ranking alone, whatever the threshold: the share of the other split's noise lines
        // scored above all but the given share of its true lines (of those the model judges).
        let mut truth: Vec<f32> = Vec::new();
        let mut noise: Vec<f32> = Vec::new();
        for (x, y) in &by_split[other] {
            if *y {
                noise.push(m.probability(x))
            } else {
                truth.push(m.probability(x))
            }
        }
        truth.sort_by(|a, b| b.total_cmp(a));
        for share in [0.003, 0.005, 0.01] {
            let t = truth[(truth.len() as f64 * share) as usize];
            let r = noise.iter().filter(|p| **p > t).count();
            println!(
                "ranking, fit on split {fit_on}: at {:.1} % of true lines, {:.1} % of noise lines ({r}/{})",
                share * 100.0,
                100.0 * r as f64 / noise.len() as f64,
                noise.len()
            );
        }
        for (split, set, tpl) in TUNING.iter().filter(|(s, _, _)| *s == other) {
            for (how, name) in [(Splice::Text, "text"), (Splice::Html, "html")] {
                let t = noise_set(pages, titles, *split, tpl, how, Some(&m), None);
                report(&format!("fit on split {fit_on}, {name} {set}"), &t);
                if std::env::args().any(|a| a == "-v") {
                    for m in &t.missed {
                        println!("    MISSED {m}");
                    }
                    for m in &t.lost {
                        println!("    LOST   {m}");
                    }
                }
                let r = noise_set(pages, titles, *split, tpl, how, None, None);
                report(&format!("  rules alone, {name} {set}"), &r);
            }
        }
    }
    let all: Vec<Sample> = by_split.concat();
    let m = fit(&all);
    let noise = all.iter().filter(|(_, y)| *y).count();
    let header = format!(
        "Learned noise model (crates/truce-ingest/src/noise/model.rs): logistic regression weights,\n\
         one per named feature, then one per hashed n-gram bucket of short lines, then the\n\
         decision threshold on its probability. Written by\n\
         `cargo run --release -p truce-ingest --example eval -- --train` from the TUNING splits\n\
         only ({} samples, {noise} of them spliced noise lines; L2 {L2}, n-gram L2 {L2_NGRAM},\n\
         noise weight {NOISE_WEIGHT}, threshold at {:.2} % of training article paragraphs).\n\
         Do not edit by hand.",
        all.len(),
        TARGET_LOSS * 100.0
    );
    let path = root().join("crates/truce-ingest/data/noise_model.tsv");
    std::fs::write(&path, m.to_tsv(&header)).expect("write data/noise_model.tsv");
    println!("## fitted on both tuning splits; wrote {}", path.display());
    for (name, w) in FEATURES.iter().zip(&m.w) {
        println!("  {name:<28} {w:+.3}");
    }
    println!("  threshold {:.4}", m.threshold);
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Word 4-gram shingle counts, as the benchmark's evaluate.py forms them.
fn shingles(re: &Regex, text: &str) -> HashMap<Vec<String>, u32> {
    let toks: Vec<String> = re.find_iter(text).map(|m| m.as_str().to_string()).collect();
    let mut out = HashMap::new();
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Per-page (tp, fp, fn), normalised to sum to 1.
fn page_score(re: &Regex, expected: &str, got: &str) -> (f64, f64, f64) {
    let e = shingles(re, expected);
    let g = shingles(re, got);
    let mut tp = 0u32;
    for (k, &c) in &g {
        tp += c.min(e.get(k).copied().unwrap_or(0));
    }
    let fp = g.values().sum::<u32>() - tp;
    let fn_ = e.values().sum::<u32>() - tp;
    let s = f64::from(tp + fp + fn_);
    if s == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (f64::from(tp) / s, f64::from(fp) / s, f64::from(fn_) / s)
}

fn f1(scores: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let p: Vec<f64> = scores
        .iter()
        .filter(|s| s.0 + s.1 > 0.0)
        .map(|s| s.0 / (s.0 + s.1))
        .collect();
    let r: Vec<f64> = scores
        .iter()
        .filter(|s| s.0 + s.2 > 0.0)
        .map(|s| s.0 / (s.0 + s.2))
        .collect();
    let p = p.iter().sum::<f64>() / p.len().max(1) as f64;
    let r = r.iter().sum::<f64>() / r.len().max(1) as f64;
    (p, r, 2.0 * p * r / (p + r))
}

struct Page {
    id: String,
    html: Vec<u8>,
    expected: String,
}

fn load_benchmark() -> Vec<Page> {
    let dir = root().join("testdata/article-extraction-benchmark");
    let gt: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("ground-truth.json"))
            .expect("read testdata/article-extraction-benchmark/ground-truth.json"),
    )
    .expect("ground-truth.json is JSON");
    let mut pages: Vec<Page> = gt
        .as_object()
        .expect("ground truth is an object")
        .iter()
        .map(|(id, v)| {
            let mut html = Vec::new();
            let f = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz")))
                .expect("open page");
            flate2::read::GzDecoder::new(f)
                .read_to_end(&mut html)
                .expect("gunzip page");
            Page {
                id: id.clone(),
                html,
                expected: v["articleBody"].as_str().unwrap_or("").to_string(),
            }
        })
        .collect();
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    pages
}

/// splitmix64: a tiny seeded generator, so the noise set is the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
}

struct Templates {
    teasers: &'static [&'static str],
    forms: &'static [&'static str],
    navigation: &'static [&'static str],
    bylines: &'static [&'static str],
    headlines: &'static [&'static str],
    topics: &'static [&'static str],
    names: &'static [&'static str],
    /// Mixed into each page's generator seed, so that a second template set on the same pages
    /// puts its lines at other positions (0 for the sets written before this field).
    seed: u64,
}

const TUNE: Templates = Templates {
    teasers: &[
        "Find out more about {topic}",
        "Read more: {headline}",
        "Click here to read the full story",
        "Also read: {headline}",
        "Learn more about {topic}",
        "See also: {headline}",
        "Don't miss: {headline}",
        "Follow our live coverage of {topic}",
    ],
    forms: &[
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Post Comment",
        "Cancel reply",
        "Sign up for our newsletter",
        "Save my name, email, and website in this browser for the next time I comment.",
    ],
    navigation: &[
        "Scroll to Top",
        "Back to top",
        "Next article",
        "Previous post",
        "Home",
        "Skip to content",
        "Main menu",
    ],
    bylines: &[
        "By {name}",
        "{name} is a correspondent based in {city}.",
        "Reporting by {name}; editing by {name2}",
        "Follow {name} on Twitter @{handle}",
    ],
    headlines: &[
        "Central bank holds interest rates steady amid inflation worries",
        "Ten best beaches to visit this summer",
        "Cricket board names new captain ahead of England tour",
        "Heatwave grips southern cities as power cuts spread",
        "How to save money on your energy bills this winter",
        "Tech giant unveils new smartphone with longer battery life",
    ],
    topics: &[
        "our climate coverage",
        "the election",
        "the world cup",
        "travel deals",
        "personal finance",
        "this topic",
    ],
    names: &[
        "Ayesha Khan",
        "Tom Reid",
        "Maria Lopez",
        "James Okafor",
        "Sara Ahmadi",
    ],
    seed: 0,
};

const TUNE_2: Templates = Templates {
    teasers: &[
        "Discover more about {topic}",
        "RELATED: {headline}",
        "Continue reading: {headline}",
        "Explore our coverage of {topic}",
        "Recommended: {headline}",
        "Get the latest on {topic}",
        "More on this story: {headline}",
        "Watch: {headline}",
    ],
    forms: &[
        "Leave a comment",
        "Notify me of follow-up comments by email.",
        "Subscribe to our daily briefing",
        "You must be logged in to post a comment.",
        "Comments are closed.",
        "Enter your email address to subscribe",
        "Join the conversation",
    ],
    navigation: &[
        "Go to top",
        "Next story",
        "Older posts",
        "Return to homepage",
        "Jump to navigation",
        "↑ Top",
        "Menu",
        "Share this article",
    ],
    bylines: &[
        "Written by {name}",
        "{name} covers security and foreign policy for the paper. Follow her on X: @{handle}",
        "Additional reporting by {name} in {city}",
        "Photo: {name}/AFP",
        "{name}, staff reporter",
    ],
    headlines: &[
        "Airline cancels hundreds of flights as storm approaches",
        "Scientists discover new species of frog in rainforest",
        "Property prices fall for third month in a row",
        "Opinion: The case for a four-day working week",
        "Football club sacks manager after poor run of results",
        "Five recipes for a quick weeknight dinner",
    ],
    topics: &[
        "our science desk",
        "the budget",
        "the Olympics",
        "health and wellness",
        "the housing market",
        "local news",
    ],
    names: &[
        "Li Wei",
        "Fatima Noor",
        "Peter Novak",
        "Hannah Becker",
        "Omar Siddiqui",
    ],
    seed: 0,
};

/// Tuning templates added in the fourth round, on the same tuning pages as `TUNE` (split 0) and
/// `TUNE_2` (split 1) with other positions: the model had seen only about forty wordings of each
/// kind, and its misses on held-out sets were wordings unlike any of them. More varied training
/// lines are the honest way to generalise; none is drawn from a held-out set.
const TUNE_3: Templates = Templates {
    teasers: &[
        "Click through for our full timeline of {topic}",
        "Background: {headline}",
        "Get the story behind {topic} in five minutes",
        "Podcast: {headline}",
        "Sign up to follow {topic}",
        "Popular now: {headline}",
        "Our map of {topic} is updated every hour",
        "Photos: {headline}",
        "More stories like this: {headline}",
        "Read our explainer on {topic}",
    ],
    forms: &[
        "Password",
        "Send us your tips",
        "Your details are safe with us",
        "Sort comments by: Newest",
        "Log out",
        "Upvote",
        "Terms apply. You can opt out whenever you like.",
        "Write your reply...",
        "Subscribe now and save 50%",
    ],
    navigation: &[
        "Up",
        "Sections",
        "Search",
        "Listen to this article",
        "Text size: A A A",
        "Expand all",
        "Next →",
        "World / Asia",
        "Download PDF",
    ],
    bylines: &[
        "Interview by {name}",
        "{name} joined the newsroom in 2019 after ten years at a regional daily.",
        "Video by {name2}",
        "From our correspondent in {city}",
        "Research: {name}",
        "{name} | Updated 3 hours ago",
        "Contributor: {name}, {city}",
    ],
    headlines: &[
        "Talks between the two sides stall over prisoner list",
        "Aid convoy reaches town after days of delay",
        "Officials on both sides trade blame after overnight shelling",
        "Markets rally as trade deal nears",
        "Teenager wins national spelling contest",
        "City council votes to expand bus network",
        "Families return home as floodwaters recede",
        "Ceasefire monitors to visit disputed villages next week",
    ],
    topics: &[
        "the conflict",
        "the negotiations",
        "our podcasts",
        "the aid effort",
        "security",
    ],
    names: &[
        "Zarmina Popal",
        "Usman Tariq",
        "Kofi Boateng",
        "Sofia Rossi",
        "Aleksander Nowak",
    ],
    seed: 0x3333,
};

/// The second split's added tuning templates (see `TUNE_3`).
const TUNE_4: Templates = Templates {
    teasers: &[
        "Revealed: {headline}",
        "Take our quiz on {topic}",
        "Opinion: {headline}",
        "Get alerts on {topic} straight to your phone",
        "Exclusive — {headline}",
        "A guide to {topic} for beginners",
        "Timeline: {headline}",
        "Tell us your experience of {topic}",
        "Read next → {headline}",
        "Subscribers can read all our coverage of {topic}",
    ],
    forms: &[
        "Username",
        "Post",
        "Report abuse",
        "Have your say",
        "Loading comments...",
        "Please verify you are human",
        "Accept cookies",
        "Message sent. We will be in touch.",
        "Your opinion matters to us",
    ],
    navigation: &[
        "Breadcrumb: Home / Region",
        "Tap to view gallery",
        "Full screen",
        "Previous",
        "Back to all stories",
        "In this section",
        "Latest",
        "Switch to dark mode",
        "1 2 3 Next",
    ],
    bylines: &[
        "As told to {name}",
        "{name} is a senior fellow and former diplomat based in {city}.",
        "Illustration: {name2}",
        "Produced by {name} and {name2}",
        "Fact-checked by {name2}",
        "Posted by {name} on 12 March",
        "{name} — Staff correspondent, {city}",
    ],
    headlines: &[
        "Negotiators meet again as truce deadline approaches",
        "Both governments pledge to investigate border incident",
        "Refugee returns slow as winter sets in",
        "Rice prices ease after bumper harvest",
        "National orchestra tours neighbouring capitals",
        "Electric buses hit the streets of the capital",
        "Wrestler takes gold in continental championships",
        "Bank unveils plan to widen access to credit",
    ],
    topics: &[
        "the talks",
        "the border",
        "our newsletter",
        "displacement",
        "the weather",
    ],
    names: &[
        "Hina Baig",
        "Mohammad Nabi Sharifi",
        "Ingrid Halvorsen",
        "Tunde Adeyemi",
        "Carmen Vidal",
    ],
    seed: 0x4444,
};

/// A fifth tuning set on the first tuning pages, written in the fifth round for the hashed
/// n-gram inputs of short lines: many more interface, account, sharing and comment lines of
/// other wordings than the earlier sets, so the bag learns that vocabulary in more than one
/// phrasing. Written fresh, not drawn from any held-out set.
const TUNE_5: Templates = Templates {
    teasers: &[
        "Watch: {headline}",
        "Catch up on {topic} with our daily briefing",
        "In pictures: {headline}",
        "Tap here for more on {topic}",
        "Editor's pick: {headline}",
        "Want more on {topic}? Join our mailing list",
        "Trending: {headline}",
        "Listen: {headline}",
        "Discover more about {topic}",
        "Don't forget to bookmark our page on {topic}",
        "Analysis: {headline}",
        "Keep up with {topic} on our app",
    ],
    forms: &[
        "Sign in",
        "Create an account",
        "Forgot your password?",
        "Remember me",
        "Submit",
        "Show comments",
        "Hide replies",
        "Be the first to comment",
        "Enter your email",
        "Manage cookie settings",
        "We use cookies to improve your experience.",
        "Join the discussion",
        "Flag as inappropriate",
        "Like · Reply · Share",
        "Your comment is awaiting moderation.",
        "Get the newsletter",
        "Reject all",
        "Already a subscriber? Log in",
    ],
    navigation: &[
        "Home",
        "Menu",
        "Close",
        "Skip to content",
        "Share on Facebook",
        "Share this story",
        "Copy link",
        "Print this page",
        "Show more",
        "Load more stories",
        "Go to homepage",
        "Older posts",
        "View all",
        "Page 1 of 4",
        "Email this article",
        "Open navigation",
        "Play video",
        "Zoom in",
    ],
    bylines: &[
        "Words by {name}",
        "{name} covers security and diplomacy for the paper.",
        "Reported by {name} in {city}; edited by {name2}",
        "{name}, Reporter",
        "Written by {name} · 5 min read",
        "About the author: {name} writes on trade and the economy.",
        "Camera: {name2}",
        "{name} / {city} bureau",
    ],
    headlines: &[
        "Both sides agree to extend ceasefire by a month",
        "Farmers on either side of the frontier wait for rain",
        "Ministers from the two countries meet on trade routes",
        "University opens new library wing",
        "Heatwave forecast for the weekend",
        "Local team reaches cup final",
        "Prisoner exchange completed at the border, both sides say",
        "Fuel prices fall for third month",
    ],
    topics: &[
        "the ceasefire",
        "trade",
        "our newsletters",
        "the elections",
        "health",
    ],
    names: &[
        "Farida Noori",
        "Bilal Chaudhry",
        "Elena Petrova",
        "Samuel Okafor",
        "Lucia Fernandes",
    ],
    seed: 0x5555,
};

/// The second split's fifth-round tuning set (see `TUNE_5`), with interface wordings of its own
/// so the cross-check measures how the n-gram inputs carry over to unseen ones.
const TUNE_6: Templates = Templates {
    teasers: &[
        "Explained: {headline}",
        "Stay informed about {topic} — download our app",
        "Video: {headline}",
        "Everything you need to know about {topic}",
        "Must read: {headline}",
        "Get our weekly roundup on {topic}",
        "Live updates: {headline}",
        "See our full coverage of {topic}",
        "Recommended for you: {headline}",
        "Register to keep reading about {topic}",
        "Q&A: {headline}",
        "Swipe for more on {topic}",
    ],
    forms: &[
        "Log in to comment",
        "Register",
        "Username or email",
        "Send",
        "Reply",
        "View 12 replies",
        "Comments are turned off for this story",
        "Your email",
        "Cookie preferences",
        "By continuing you agree to our terms of use",
        "Accept all",
        "Subscribe for unlimited access",
        "Write a comment...",
        "Notify me of new posts by email.",
        "Start the conversation",
        "Thanks for signing up!",
        "Report this comment",
        "Sign up free",
    ],
    navigation: &[
        "Main menu",
        "Skip to main content",
        "Open search",
        "Tweet",
        "WhatsApp",
        "Share via email",
        "Read more",
        "See all news",
        "Newer posts",
        "Return to homepage",
        "Next page",
        "Top of page",
        "Toggle navigation",
        "Enlarge image",
        "Pause",
        "Language: English",
        "Save article",
        "Show less",
    ],
    bylines: &[
        "Story by {name}",
        "{name} is our correspondent for the region.",
        "Additional reporting by {name2}",
        "{name} | Senior editor",
        "Updated by {name} · 2 min read",
        "{name} has reported from {city} since 2015.",
        "Graphics: {name2}",
        "Edited by {name}, {city}",
    ],
    headlines: &[
        "Negotiators from both capitals report progress on prisoner swap",
        "Displaced families on both sides of the line seek shelter",
        "Joint commission to review disputed checkpoint",
        "Museum reopens after renovation",
        "Cricket side names squad for tour",
        "Wheat harvest beats forecasts",
        "Both militaries say night passed without incident",
        "Train service resumes after landslide",
    ],
    topics: &[
        "the truce",
        "the economy",
        "our podcasts",
        "refugees",
        "sport",
    ],
    names: &[
        "Nasrin Hotak",
        "Adnan Qureshi",
        "Maya Lindqvist",
        "Chidi Eze",
        "Pablo Romero",
    ],
    seed: 0x6666,
};

/// Written before any classifier change made after the first measurement, and never printed line
/// by line: the split that stays unseen. (The second split, "tune-2", was printed once and tuned
/// on, so it is reported as tuning data.)
const UNSEEN: Templates = Templates {
    teasers: &[
        "Want to know more? Visit our {topic} page",
        "Trending now: {headline}",
        "Read the full report on {topic}",
        "You may also like: {headline}",
        "Check out our guide to {topic}",
        "Click to see more about {topic}",
        "Listen to our podcast on {topic}",
        "Editor's pick: {headline}",
    ],
    forms: &[
        "Add a comment",
        "Your comment will be visible after moderation.",
        "Sign in to comment",
        "Email (required)",
        "Name *",
        "Submit",
        "Get our newsletter in your inbox every morning",
    ],
    navigation: &[
        "Back to homepage",
        "Top of page",
        "Next",
        "Previous article",
        "Skip to main content",
        "Return to top ▲",
        "Open menu",
    ],
    bylines: &[
        "By {name} | {city}",
        "{name} is a freelance journalist who writes about culture.",
        "Story by {name}. Edited by {name2}.",
        "Images courtesy of {name}",
        "Contact the author: {handle}@example.com",
    ],
    headlines: &[
        "Government announces new tax on sugary drinks",
        "Rescue teams search for missing hikers",
        "Tennis star withdraws from final with injury",
        "New museum opens in old railway station",
        "Shares tumble as chipmaker misses forecasts",
        "Why sleep matters more than you think",
    ],
    topics: &[
        "our business desk",
        "the elections",
        "travel",
        "science news",
        "the weather",
    ],
    names: &[
        "Ines Duarte",
        "Kwame Mensah",
        "Yuki Tanaka",
        "Rashid Karimi",
        "Elena Petrova",
    ],
    seed: 0,
};

/// Written on 2026-11-23 before the second round of classifier changes and committed on its own
/// (see git history) so that the order can be checked; never printed line by line. The first
/// held-out templates (`UNSEEN`) were read by the engineer who made that round, so they are still
/// reported but no longer count as unseen.
const UNSEEN_2: Templates = Templates {
    teasers: &[
        "More from our correspondents: {headline}",
        "In pictures: {headline}",
        "Keep reading about {topic}",
        "Sponsored: {headline}",
        "Catch up on {topic} here",
        "Most read: {headline}",
        "Tap here for more on {topic}",
        "Up next: {headline}",
    ],
    forms: &[
        "Post a reply",
        "Comments (0)",
        "Log in or register to join the discussion",
        "Website",
        "Your name",
        "Send",
        "We respect your privacy. Unsubscribe at any time.",
        "I agree to the terms and conditions",
    ],
    navigation: &[
        "Back to the top",
        "Continue to next page",
        "Page 1 of 3",
        "« Previous",
        "Go back",
        "Close menu",
        "Jump to comments",
    ],
    bylines: &[
        "Words by {name}",
        "{name} reports on courts and crime from {city}.",
        "Text: {name} / Photos: {name2}",
        "About the author: {name} has written for the paper since 2015.",
        "With reporting from {name}",
        "{name} | Staff writer",
    ],
    headlines: &[
        "Parliament passes revised budget after late-night session",
        "Floods cut off villages in the north as rivers rise",
        "Local team clinches title with last-minute goal",
        "Startup raises funding to expand delivery service",
        "Court adjourns hearing in high-profile fraud case",
        "Festival returns after three-year break",
    ],
    topics: &[
        "our politics desk",
        "climate",
        "the courts",
        "sport",
        "technology",
    ],
    names: &[
        "Mariam Yusufzai",
        "Daniel Cohen",
        "Aigerim Bekova",
        "Lucas Moreau",
        "Zainab Hussaini",
    ],
    seed: 0,
};

/// Written on 2026-11-23 after the second round of classifier changes was finished and committed
/// (see git history), to measure that round on lines it never saw; its totals were printed only
/// after that.
const UNSEEN_3: Templates = Templates {
    teasers: &[
        "Related coverage: {headline}",
        "Must read: {headline}",
        "For more on {topic}, see our special report",
        "Watch the video: {headline}",
        "Previously: {headline}",
        "Subscribe for more stories like this",
        "Swipe for more on {topic}",
        "Catch the highlights: {headline}",
    ],
    forms: &[
        "Leave your comment below",
        "Please log in to reply",
        "Enter your email",
        "Sign up",
        "Your email address will not be shared with anyone.",
        "Post your comment",
        "Report this comment",
    ],
    navigation: &[
        "Show more",
        "Next page »",
        "Back",
        "Load more stories",
        "Go to homepage",
        "Main navigation",
        "Top ↑",
    ],
    bylines: &[
        "Reported by {name} in {city}",
        "{name} is the paper's diplomatic editor.",
        "Photograph: {name}",
        "Edited by {name2}",
        "By {name} and {name2}",
        "{name} contributed reporting from {city}.",
    ],
    headlines: &[
        "Rail strike called off after late pay deal",
        "Wildfire forces thousands to evacuate coastal towns",
        "Chess prodigy, 12, becomes youngest grandmaster in the region",
        "Ministers clash over plans to raise the pension age",
        "Record crowds expected at spring flower show",
        "Drought pushes food prices to five-year high",
    ],
    topics: &[
        "our world desk",
        "the economy",
        "culture",
        "the region",
        "health",
    ],
    names: &[
        "Nadia Rahimi",
        "Samuel Osei",
        "Chen Jing",
        "Hamid Durrani",
        "Anna Kowalski",
    ],
    seed: 0,
};

/// Written on 2026-11-23 at the start of the third round (the learned noise model), before any
/// classifier change of that round, and committed on its own (see git history); never printed line
/// by line, and its totals printed only after that round's model and threshold were fixed. The
/// eval skips every held-out set when run with `--tuning-only`, which is how the round was
/// developed.
const UNSEEN_4: Templates = Templates {
    teasers: &[
        "Further reading: {headline}",
        "Discover the stories behind {topic}",
        "Top story: {headline}",
        "Browse all our coverage of {topic}",
        "Video: {headline}",
        "Don't miss our weekly round-up of {topic}",
        "Highlights: {headline}",
        "Join us live for the latest on {topic}",
    ],
    forms: &[
        "Write a comment...",
        "Characters remaining: 500",
        "Already a subscriber? Log in",
        "Create a free account to keep reading",
        "Required",
        "Show comments",
        "Please enter a valid email address",
    ],
    navigation: &[
        "Previous page",
        "More stories",
        "Skip to footer",
        "Return to the start",
        "View all",
        "Back to section",
        "Home » News",
    ],
    bylines: &[
        "Reporting: {name}; Editing: {name2}",
        "{name} is an award-winning reporter based in {city}.",
        "Photo credit: {name}",
        "By {name}, {city} correspondent",
        "Compiled by {name}",
        "{name} writes about migration and trade. Reach her at @{handle}",
    ],
    headlines: &[
        "Hospital waiting lists fall for the first time in a decade",
        "Port workers end week-long strike over wages",
        "Bridge closed for repairs after cracks found in supports",
        "Village school wins national science prize",
        "Regulator fines mobile operator over dropped calls",
        "Grain harvest beats forecasts despite late rains",
    ],
    topics: &[
        "our investigations desk",
        "transport",
        "education",
        "agriculture",
        "the arts",
    ],
    names: &[
        "Farida Sultani",
        "Arjun Mehta",
        "Grace Mwangi",
        "Tobias Lindqvist",
        "Shabnam Wardak",
    ],
    seed: 0,
};

/// Written on 2026-11-23 after held-out-4 was measured (that figure is in BENCHMARKS.md), before
/// any further classifier change, and committed on its own; for a second round of model changes
/// developed with `--tuning-only`. Never printed line by line.
const UNSEEN_5: Templates = Templates {
    teasers: &[
        "Recommended for you: {headline}",
        "See the full list of {topic} stories",
        "From the archive: {headline}",
        "Stay informed about {topic} with our app",
        "ICYMI: {headline}",
        "Explore more: {headline}",
        "Tune in tonight for our special on {topic}",
        "Opinion | {headline}",
    ],
    forms: &[
        "Leave a message",
        "Your comment",
        "Be the first to comment",
        "Sign up for alerts",
        "Fields marked with an asterisk are mandatory",
        "Log in with Google",
        "Reply to this thread",
    ],
    navigation: &[
        "Back to news",
        "Next slide",
        "Show all",
        "Close",
        "Scroll down for more",
        "Jump to section",
        "Page 2",
    ],
    bylines: &[
        "Author: {name}",
        "{name} has covered the region for a decade.",
        "Picture: {name} / {city}",
        "By {name} • {city} bureau",
        "Additional reporting: {name2}",
        "{name} (@{handle}) is our social affairs reporter",
    ],
    headlines: &[
        "Lawmakers agree on water-sharing plan after months of talks",
        "Measles cases rise as vaccination rates slip",
        "Airport expansion approved despite local objections",
        "Teachers' union accepts revised pay offer",
        "Fishermen report record catch off the southern coast",
        "Solar farm to power twenty thousand homes",
    ],
    topics: &[
        "our regional desk",
        "public health",
        "the environment",
        "our data team",
        "the markets",
    ],
    names: &[
        "Parwin Azimi",
        "Imran Qureshi",
        "Beatriz Santos",
        "Nikolai Ivanov",
        "Amina Diallo",
    ],
    seed: 0,
};

/// Written on 2026-11-23 at the start of the fourth round, after held-out-5 was measured and
/// before any classifier change of that round, and committed on its own (see git history); new
/// wordings, not paraphrases of earlier sets. Never printed line by line; its totals are printed
/// once, at the end of the round, after the round's model is committed.
const UNSEEN_6: Templates = Templates {
    teasers: &[
        "Everything you need to know about {topic}",
        "Analysis — {headline}",
        "Our reporters answer your questions on {topic}",
        "Now playing: {headline}",
        "Deep dive: how {topic} works",
        "Earlier today: {headline}",
        "Bookmark this page for updates on {topic}",
        "Live blog: {headline}",
    ],
    forms: &[
        "What do you think? Share your view",
        "Type your message here",
        "Remember me",
        "Forgot your password?",
        "By submitting you accept our privacy policy",
        "Thanks for signing up!",
        "Choose a display name",
    ],
    navigation: &[
        "Return to article list",
        "Click to expand",
        "Print this page",
        "See next",
        "Open in app",
        "Read in English",
        "Edition: International",
    ],
    bylines: &[
        "Story: {name}",
        "{name} edits the weekend magazine and lives in {city}.",
        "Graphics by {name2}",
        "Filed by {name} from {city}",
        "Translated by {name2}",
        "{name} is a contributing writer; she tweets as @{handle}",
    ],
    headlines: &[
        "Border crossing reopens to trucks after week of talks",
        "Monsoon rains damage crops across three provinces",
        "Film about two rival families wins top festival award",
        "Exporters warn of losses as shipping costs climb",
        "Cyclists set off on charity ride across the mountains",
        "Court orders recount in disputed mayoral vote",
    ],
    topics: &[
        "the peace talks",
        "our explainers",
        "the trade figures",
        "refugees",
        "the cricket season",
    ],
    names: &[
        "Laila Hashimi",
        "Bilal Chaudhry",
        "Mei Ling Ong",
        "Jonas Keller",
        "Nomvula Dlamini",
    ],
    seed: 0,
};

/// Written on 2026-11-23 right after held-out-6 was measured (that figure is in BENCHMARKS.md),
/// before any further classifier change, and committed on its own; for any change made after
/// that measurement. Never printed line by line.
const UNSEEN_7: Templates = Templates {
    teasers: &[
        "What we know so far about {topic}",
        "Opinion and analysis: {headline}",
        "Ask our experts about {topic}",
        "The day in pictures: {headline}",
        "Start your free trial for more on {topic}",
        "Developing story: {headline}",
        "Our weekly digest of {topic} lands on Fridays",
        "Long read: {headline}",
    ],
    forms: &[
        "Add your voice",
        "Choose a password",
        "I'm not a robot",
        "Manage preferences",
        "Send feedback",
        "Sorry, something went wrong. Please try again.",
        "Show replies (4)",
    ],
    navigation: &[
        "Swipe left",
        "Collapse",
        "Return to index",
        "Change region",
        "Older →",
        "Zoom in",
        "All topics",
    ],
    bylines: &[
        "Reporter: {name}",
        "{name} studied law before becoming a court reporter in {city}.",
        "Map: {name2}",
        "Dispatch from {city} by {name}",
        "Sub-edited by {name2}",
        "Find {name} on Mastodon: @{handle}",
    ],
    headlines: &[
        "Prisoner exchange delayed as lists are checked again",
        "Wheat convoy crosses the frontier under escort",
        "Teachers return to classrooms after long closure",
        "Dam project wins backing from regional lenders",
        "Mountain pass closed by early snowfall",
        "Youth football league expands to ten provinces",
    ],
    topics: &[
        "the ceasefire",
        "our correspondents",
        "the harvest",
        "the frontier",
        "mountain weather",
    ],
    names: &[
        "Shabana Rezai",
        "Faisal Awan",
        "Yara Haddad",
        "Marek Dvorak",
        "Esi Mensah",
    ],
    seed: 0,
};

/// Written on 2026-11-23 right after held-out-7 was measured (that figure is in BENCHMARKS.md),
/// before any further classifier change, and committed on its own; for the next round's
/// changes. Checked against every earlier template set for verbatim repeats, and the ten
/// common phrases found (earlier held-out sets only) reworded. Never printed line by line.
const UNSEEN_8: Templates = Templates {
    teasers: &[
        "Deep dive: {headline}",
        "Unlock the full archive on {topic}",
        "Ten years ago: {headline}",
        "Hear our reporters discuss {topic} every Friday",
        "Fact check: {headline}",
        "Your questions on {topic}, answered",
        "The big picture: {headline}",
        "Continue reading about {topic} in our app",
        "Behind the story: {headline}",
    ],
    forms: &[
        "Display name",
        "Comment policy",
        "Max 300 characters",
        "Rate this article",
        "Verify your email to continue",
        "Continue with your phone number",
        "Edit profile",
        "Mute this thread",
        "Your privacy choices",
    ],
    navigation: &[
        "Skip ahead to reader replies",
        "More in this series",
        "Minimise panel",
        "Return",
        "Get it on your tablet",
        "Previous slide",
        "Site map",
        "Headlines",
        "Scroll for more",
    ],
    bylines: &[
        "Compiled by {name}",
        "{name} edits the foreign desk.",
        "Photography by {name2}",
        "Contributing writer: {name}",
        "{name} in {city} contributed to this report",
        "Data analysis: {name2}",
        "{name} · Published 4 hours ago",
    ],
    headlines: &[
        "Delegations from both sides sign draft on border markets",
        "Village elders on both sides call for calm after shooting",
        "Relief flights resume to mountain districts",
        "Monsoon rains flood low-lying neighbourhoods",
        "Chess prodigy wins regional title",
        "Textile exports climb for second quarter",
        "Observers report quiet night along the frontier",
        "New bridge opens to traffic",
    ],
    topics: &[
        "the peace process",
        "the highlands",
        "our investigations",
        "water",
        "schools",
    ],
    names: &[
        "Gulalai Wardak",
        "Haris Mehmood",
        "Annika Berg",
        "Kwesi Appiah",
        "Inés Ortega",
    ],
    seed: 0,
};

/// Written on 2026-11-23 at the start of the seventh round, before any further classifier change,
/// and committed on its own; for that round's changes. Checked against every earlier template
/// set for verbatim repeats. Never printed line by line.
const UNSEEN_9: Templates = Templates {
    teasers: &[
        "Catch up quickly: {headline}",
        "Everything we know so far about {topic}",
        "Opinion | {headline}",
        "Tap to keep reading",
        "Watch the briefing on {topic} (3:12)",
        "From the archive — {headline}",
        "Readers also viewed: {headline}",
        "Get alerts whenever {topic} changes",
        "Analysis >> {headline}",
    ],
    forms: &[
        "Accept all and continue",
        "Manage cookie settings",
        "Enter your work email",
        "Add a reply…",
        "Be the first to comment",
        "I agree to the terms of use",
        "Log in to save this story",
        "Open in the app for a better experience",
        "Copy link",
    ],
    navigation: &[
        "Page 2 of 4",
        "Older stories »",
        "Jump to navigation",
        "Close menu",
        "Top stories",
        "Newer entries",
        "Back to homepage",
        "Show all sections",
        "Load earlier posts",
    ],
    bylines: &[
        "Words by {name}, pictures by {name2}",
        "{name} has covered the region since 2015.",
        "Additional reporting from {city} by {name2}",
        "Story: {name} | Graphics: {name2}",
        "Email {name} at {handle}@example.org",
        "Illustration: {name2}",
        "{name}, staff writer",
    ],
    headlines: &[
        "Joint commission meets to review crossing hours",
        "Traders on both sides of the border await reopening",
        "Snowfall closes high passes for third day",
        "Local football club secures promotion",
        "Wheat prices ease after bumper harvest",
        "Both governments name envoys to monitoring talks",
        "Hospital opens new maternity ward",
        "Students sit delayed university entrance exams",
    ],
    topics: &[
        "the ceasefire talks",
        "border trade",
        "the harvest",
        "public health",
        "the weather",
    ],
    names: &[
        "Zarmina Popal",
        "Usman Ghani",
        "Lena Fischer",
        "Tomasz Nowak",
        "Adaeze Nwosu",
    ],
    seed: 0,
};

/// Tune-7 to tune-10: written in the eleventh round by four separate writers, each given only a
/// brief (kinds, counts, placeholders) and one kind of site to imitate (a South Asian regional
/// daily, an entertainment tabloid, a blog on a common CMS, a paywalled business magazine), never
/// the other sets. More hands, more kinds of line: in the tenth round, wordings from more varied
/// sets were what carried over to unseen ones.
const TUNE_7: Templates = Templates {
    teasers: &[
        "ALSO READ: {headline}",
        "Read the full e-paper edition from today, page by page, on our app.",
        "More on {topic} >>",
        "Catch ball-by-ball updates in our live cricket centre",
        "Get the morning briefing in your inbox before Fajr - sign up free",
        "Watch: {headline} (video, 3:42)",
        "Explained | What {topic} means for traders in the border districts",
        "In pictures: a week across the province",
        "Listen to this week's podcast on {topic}, out now on all platforms.",
        "Don't miss — {headline}",
        "Download our app for prayer times, breaking alerts and the digital paper, all in one place.",
        "LIVE: {topic} — follow the latest developments here",
    ],
    forms: &[
        "Post comment",
        "Your comment is awaiting moderation. Comments that are abusive or off-topic will not be published.",
        "Email address*",
        "Please enter a valid mobile number (e.g. 03XX-XXXXXXX).",
        "You have read 5 of your 5 free articles this month. Subscribe to continue reading.",
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. [Accept]",
        "Thanks! Your e-paper subscription is confirmed.",
        "Share on WhatsApp",
        "Login with your registered email or phone number",
        "Forgot password?",
        "Was this article helpful? Yes / No",
        "Oops, something went wrong while loading comments. Please refresh the page and try again.",
    ],
    navigation: &[
        "Home › Pakistan › Khyber Pakhtunkhwa",
        "National | World | Business | Sport | Opinion | E-Paper",
        "Next story: {headline}",
        "« Previous   1  2  3  4  Next »",
        "Back to top",
        "Editions: Islamabad · Lahore · Karachi · Peshawar · Quetta",
        "Image 4 of 12",
        "Prayer Times",
        "Scores & Fixtures",
        "← Back to Cricket",
        "Load more stories",
        "Menu  Search  Sign in",
    ],
    bylines: &[
        "By {name} | {city}",
        "{name} is our correspondent in {city} and covers provincial politics and tribal affairs.",
        "Additional reporting by {name2} in {city}.",
        "Photo: {name} / Staff Photographer",
        "Our Correspondent",
        "The writer is a freelance journalist based in {city}. She tweets @{handle}",
        "Reporting by {name}; editing by {name2}",
        "For feedback, write to {handle}@newsdesk.example.com",
        "Video: {name2}, Multimedia Desk",
        "{name} reports on economy and energy for the paper's business desk.",
    ],
    headlines: &[
        "Heavy rain expected in the north as Met office issues alert",
        "Both sides agree to hold fresh round of talks on border crossing trade",
        "Spinner's five-wicket haul puts hosts in command on day three",
        "Polio drive to reach two million children this month, officials say",
        "Rupee edges up against dollar in thin interbank trading",
        "Provincial assembly passes budget after lengthy debate",
        "Century-old bazaar gets a facelift as artisans return",
        "Wheat prices steady as harvest arrives in local markets",
    ],
    topics: &[
        "the border trade talks",
        "the flood relief effort",
        "the wheat procurement row",
        "the t20 series",
        "the fuel price hike",
    ],
    names: &[
        "Farzana Qaiserani",
        "Haroon Wazirzada",
        "Elena Marchetti",
        "Tomasz Wielgosz",
        "Adaeze Okonkwo-Bell",
    ],
    seed: 0,
};

const TUNE_8: Templates = Templates {
    teasers: &[
        "OMG! {headline} – and fans can't cope",
        "Click through the gallery: 27 red carpet looks we're STILL obsessing over",
        "QUIZ: Which reality TV villain are you? Take our quiz and find out",
        "Get all the juiciest goss straight to your inbox – sign up to our Celeb Insider newsletter, it's free!",
        "WATCH: {headline}",
        "more on {topic} >>",
        "Shop the look: everything she wore, from just $12",
        "Listen to this week's episode of Spilling It, our pop culture podcast, wherever you get your pods.",
        "Obsessed with {topic}? Same. Here's literally everything you need to know",
        "READ NEXT",
        "Download our app for breaking celeb news, daily horoscopes and exclusive pics before anyone else",
        "Follow every twist of tonight's final on our live blog",
    ],
    forms: &[
        "Your email address",
        "Yes please! Send me celeb news, offers and competitions. You can unsubscribe at any time.",
        "You're in! Check your inbox to confirm your subscription.",
        "We and our partners use cookies to personalise content and ads. Accept all | Manage preferences",
        "Oops, something went wrong. Please try again.",
        "Rate this outfit: 1 2 3 4 5",
        "Share",
        "Comments are closed on this article.",
        "You've read 3 of your 5 free articles this month. Subscribe now for unlimited access.",
        "Log in to join the conversation",
        "POLL: Should they get back together? Yes / No / Don't care",
        "We may earn a commission if you buy through links on this page, but we only recommend stuff we genuinely love.",
    ],
    navigation: &[
        "Home > Celebrity > Reality TV",
        "Next slide",
        "1 of 24",
        "Showbiz | TV & Film | Royals | Fashion | Beauty | Horoscopes | Shopping",
        "Back to top",
        "Previous story: {headline}",
        "LOAD MORE STORIES",
        "Skip ad in 5",
        "Page 2 of 7 – Next »",
        "Menu",
        "Tap to unmute",
        "« Back to all galleries",
    ],
    bylines: &[
        "By {name}, Showbiz Reporter",
        "{name} is our Senior Entertainment Editor and has interviewed everyone from pop princesses to soap legends.",
        "Photos: {name2}",
        "Got a story? DM us @{handle} or email the showbiz desk",
        "Additional reporting by {name2} in {city}",
        "Follow {name} @{handle}",
        "Video: {name2} | Editing: {name}",
        "{name} and {name2}, {city}",
        "Updated 14:32, 3 Jun | Words by {name}",
        "{name} writes about fashion, beauty and all things reality telly. She lives in {city} with two very spoiled cats.",
    ],
    headlines: &[
        "Heatwave warning as temperatures set to soar to 33C this weekend",
        "Minister quits as expenses row deepens",
        "Striker's last-gasp screamer sends fans wild in cup thriller",
        "Doctors urge parents to check for measles symptoms as cases rise",
        "Mortgage rates fall for third month in a row – here's what it means for you",
        "Beloved sitcom to return for reunion special 20 years on",
        "Border crossing reopens as both sides agree to resume talks",
        "Gran scoops lottery jackpot using her grandkids' birthdays",
    ],
    topics: &[
        "the royal wedding",
        "the talent show final",
        "the festival season",
        "the skincare craze",
        "the celebrity divorce",
    ],
    names: &[
        "Adaeze Okonkwo",
        "Tomasz Wierzbicki",
        "Mei-Lin Chao",
        "Rafael Ibarra Sotelo",
        "Ingrid Halvorsen",
    ],
    seed: 0,
};

const TUNE_9: Templates = Templates {
    teasers: &[
        "You might also like: {headline}",
        "More posts filed under {topic} »",
        "ICYMI last week, I wrote a long (very long) piece on {topic} - worth a read if you've got a coffee handy.",
        "Get new posts delivered straight to your inbox. No spam, ever, and you can unsubscribe anytime.",
        "Related reading → {headline}",
        "Our volunteers just recorded episode 14 of the podcast. Listen on the Podcasts page!",
        "PHOTO GALLERY: scenes from our spring fundraiser (32 photos)",
        "Can you chip in $5 to keep this blog ad-free? Donate today",
        "Subscribe to the RSS feed for {topic}",
        "Previously on this blog: \"{headline}\"",
        "Watch the video of our community town hall on {topic} here.",
        "New to all this? Start with our plain-English explainer on {topic}.",
    ],
    forms: &[
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
        "Your comment is awaiting moderation.",
        "Notify me of follow-up comments by email.",
        "You must be logged in to post a comment.",
        "Error: please type a valid e-mail address.",
        "Thanks for signing up! Check your inbox to confirm your subscription.",
        "This site uses cookies to improve your experience. Accept | Read more",
        "Rate this: ★★★★☆ (12 votes)",
        "Share this: Email · Print · Copy link · More…",
    ],
    navigation: &[
        "Home » Blog » Uncategorized",
        "← Older posts",
        "Newer Entries »",
        "Archives: March 2023 (7) · February 2023 (11) · January 2023 (4)",
        "Next post: {headline}",
        "Skip to content",
        "Page 2 of 9   « First  ‹ Prev  1  2  3  4  …  Next ›  Last »",
        "Tags: community, volunteering, {topic}, fundraising, events",
        "About Us | Our Work | Get Involved | Donate | Contact",
        "Back to top ↑",
        "Categories",
        "Posted in News, Updates | 3 Comments »",
    ],
    bylines: &[
        "Posted by {name} on 14 June 2023",
        "{name} is our volunteer coordinator and writes about grassroots organising from {city}.",
        "About the author: {name2} blogs about food, family and the odd bit of local politics.",
        "Photos: {name2} / used with permission",
        "Written by {name} — follow her on social media at @{handle}",
        "Guest post by {name2}. Views expressed are the author's own.",
        "Got a tip or a correction? Email {handle}@ourmail.org",
        "With additional reporting from volunteers {name} and {name2} in {city}.",
        "{name} says: June 3, 2023 at 9:41 pm",
        "Video and editing by {name2}.",
    ],
    headlines: &[
        "Council approves new budget after late-night session",
        "Heatwave warning issued for much of the south this weekend",
        "Underdogs stun league leaders with stoppage-time winner",
        "Clinics report rise in seasonal flu cases as winter begins",
        "Small businesses brace for higher energy costs next quarter",
        "Both sides say border crossing talks will resume next week",
        "Local choir's folk album wins regional music prize",
        "Petrol prices edge down for third month running",
    ],
    topics: &[
        "the river clean-up",
        "the housing petition",
        "the school meals campaign",
        "the ceasefire negotiations",
        "the library closures",
    ],
    names: &[
        "Amara Okonkwo-Reyes",
        "Tobias Lindqvist",
        "Priya Ramanathan",
        "Mateo Quispe Huamán",
        "Yuki Harada",
    ],
    seed: 0,
};

const TUNE_10: Templates = Templates {
    teasers: &[
        "Read next: {headline}",
        "Markets Briefing — the day's key moves, in your inbox before the opening bell. Sign up free.",
        "LISTEN: This article is also available as an audio version, narrated for subscribers (11 min)",
        "More on {topic} »",
        "Our chief economist answers readers' questions on {topic} in a live Q&A, Thursday at 1pm.",
        "Explainer | What {topic} means for your pension, your mortgage and your portfolio",
        "Recommended for you",
        "Download our app to follow the markets on the go, with real-time alerts for the stocks you track.",
        "Podcast: The Balance Sheet — why investors are suddenly nervous about {topic}",
        "In charts: {headline}",
        "Subscribers also read: {headline}",
        "Watch: the week in markets, explained in four minutes",
    ],
    forms: &[
        "You have 2 free articles remaining this month.",
        "Subscribe for $1 a week for the first 12 weeks. Cancel anytime.",
        "Gift this article",
        "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
        "Link copied. The recipient can read this article without a subscription until the link expires.",
        "Save",
        "Article saved to your reading list.",
        "We use cookies and similar technologies to personalise content and measure advertising. Manage preferences | Accept all",
        "This content is reserved for subscribers. Already a member? Log in",
        "Enter a valid work email address",
        "How would you rate this article? ★★★★★",
        "Sorry, we couldn't process your payment. Please check your card details and try again.",
    ],
    navigation: &[
        "Home › Markets › Currencies",
        "World | Business | Markets | Technology | Opinion | Life & Arts | Personal Finance",
        "DOW 38,412.07 ▲0.42%   S&P 500 5,102.33 ▲0.18%   BRENT $83.16 ▼1.05%   EUR/USD 1.0874",
        "Back to top ↑",
        "‹ Previous article",
        "Next: {headline} ›",
        "Page 2 of 3",
        "My Account · Saved Articles · Newsletters · Sign Out",
        "Play  |  1x  |  Skip 15 seconds",
        "MENU",
        "View all market data",
        "Return to the Markets homepage",
    ],
    bylines: &[
        "By {name} in {city} and {name2}",
        "{name} is our senior markets correspondent, covering bonds, currencies and central banks.",
        "Additional reporting by {name2} in {city}",
        "Follow {name} on X: @{handle}",
        "Graphics by {name2}; data from company filings and exchange records",
        "{name}, Europe Business Editor",
        "Write to {name} at {handle}@newsroom.example.com",
        "Photograph: {name2} for the paper",
        "{name} has reported on energy markets from {city} since 2015.",
        "Audio narration by {name2}",
    ],
    headlines: &[
        "Central bank holds rates steady, signals patience on inflation",
        "Heatwave warnings issued across southern provinces as temperatures top 40C",
        "Coalition talks stall after second round of parliamentary votes",
        "Midfielder's late goal sends underdogs into cup semi-final",
        "Negotiators from both sides agree to resume talks on border crossing arrangements",
        "Hospital waiting lists fall for first time in three years, figures show",
        "Shipping costs climb as freight demand outpaces new vessel supply",
        "Retrospective of modernist architect draws record crowds to city museum",
    ],
    topics: &[
        "the bond sell-off",
        "corporate tax reform",
        "the chip export curbs",
        "the pension overhaul",
        "the bank merger talks",
    ],
    names: &[
        "Ingrid Solvang",
        "Tunde Adeyemi",
        "Mei-Ling Kao",
        "Rafael Quintero",
        "Anjali Deshpande",
    ],
    seed: 0,
};

/// Tune-11 to tune-18: written in the twelfth round by eight separate writers, each given only a
/// brief (kinds, counts, placeholders) and one kind of site to imitate (an international public
/// broadcaster, a mobile news app and aggregator, a think-tank or humanitarian agency, a local
/// community news site with an active comment section, a wire agency, a tabloid with shopping
/// content, a 24-hour television news channel, a newsletter platform), never the other sets. Lines sharing a
/// three-word phrase of words with held-out-13 or -14 were reworded.
const TUNE_11: Templates = Templates {
    teasers: &[
        "▶ Watch: {headline}",
        "Listen to the full episode in our audio player (28 min)",
        "LIVE: Follow our rolling coverage of {topic}",
        "More on this story › {headline}",
        "Get the Morning Briefing in your inbox every weekday — sign up, it's free",
        "Related video 03:42 | {headline}",
        "PODCAST • Inside {topic} • New episodes every Thursday",
        "Also in the news: {headline}",
        "Missed the evening bulletin? Catch up on demand for 30 days after broadcast",
        "Explainer: what you need to know about {topic}",
        "Read this story in Dari, Urdu, Swahili and 9 other languages",
        "Coming up at 19:00 GMT on our international radio service: a special report on {topic}",
    ],
    forms: &[
        "Please enter a valid email address.",
        "We use cookies to improve your experience across our sites and apps. Accept all | Manage settings",
        "Sign in to keep watching — create a free account or log in",
        "Your comment is awaiting moderation.",
        "Sorry, this video is not available in your region.",
        "Keep my language and edition for next time",
        "POLL: Should public broadcasters stream all live sport for free? ○ Yes ○ No  Vote  View results",
        "Thank you! Check your inbox to confirm your subscription.",
        "Something went wrong while loading the player. Please refresh the page and try again.",
        "Password must be at least 8 characters and include one number",
        "Turn on notifications for breaking news alerts?   Allow   Not now",
        "Post comment • 0/1500 characters",
    ],
    navigation: &[
        "Skip to main content",
        "Home › News › World › Asia",
        "Live TV | Radio | Podcasts | Schedule | Languages",
        "◀ Previous   1 / 14   Next ▶",
        "ON AIR NOW: Newsroom Live • Up next 14:30 Business Update",
        "Share this page  Facebook  X  WhatsApp  Email  Copy link",
        "Accessibility: Text size A A A | High contrast | Audio description",
        "Back to top ↑",
        "Play ▶  Pause ❚❚  Mute  Subtitles  Full screen",
        "Older episodes »",
        "Change edition: English | Français | Español | العربية | हिन्दी",
        "Programme schedule — Mon Tue Wed Thu Fri Sat Sun",
    ],
    bylines: &[
        "By {name}, {city} correspondent",
        "{name} and {name2} | Reporting from {city}",
        "Video: {name2} / Graphics: {name}",
        "Follow {name} on X: @{handle}",
        "Got a story tip? Contact {name2} at {handle}@example.com",
        "Translated from Pashto by {name}; edited by {name2}",
        "Image credit: {name} / Agency pool",
        "{name} is the regional editor of this service, based in {city}, and has covered the region for more than 15 years.",
        "Produced by {name2} • Sound engineering by {name}",
        "Additional reporting by {name} in {city}",
    ],
    headlines: &[
        "Central bank holds interest rates steady for third month",
        "Heatwave warning extended across southern provinces",
        "Underdogs clinch cup final on penalties",
        "Malaria vaccine rollout reaches two million children",
        "City libraries to open on Sundays from next month",
        "Film festival opens with record number of debut directors",
        "Fuel prices fall for first time this year",
        "Bus fares frozen as council approves new budget",
    ],
    topics: &[
        "the cross-border trade talks",
        "the regional election count",
        "the drought relief effort",
        "the fisheries quota negotiations",
        "the refugee resettlement programme",
    ],
    names: &[
        "Priya Raghunathan",
        "Farid Ahmadzai",
        "Katarzyna Nowak",
        "Chinedu Okafor",
        "Mei-Ling Zhao",
    ],
    seed: 11,
};

const TUNE_12: Templates = Templates {
    teasers: &[
        "Because you follow {topic}: {headline}",
        "UP NEXT IN FOR YOU ▸ {headline}",
        "Live: updates on {topic} as they happen — get alerts in the app",
        "Get the 7am briefing on your lock screen. Tap to turn on",
        "Listen (4 min) | {headline}",
        "More from this source >",
        "Trending near you: {headline}",
        "Watch: a 90-second explainer on {topic}",
        "Picked for you, based on what you read this week",
        "3 new stories about {topic} since your last visit",
        "Also covered by 14 other outlets — compare all versions of this story",
        "Open in the app to keep reading \"{headline}\"",
    ],
    forms: &[
        "Turn on notifications? You can change this anytime in Settings.",
        "Allow   Not now",
        "Choose at least 3 interests to personalise your feed",
        "Your plan renews on 12 March for $4.99/month. Manage subscription",
        "Purchase could not be completed. Please try again or contact support (error 402).",
        "Text size: A-  A  A+",
        "Dark mode: On · Off · Match system",
        "Story saved ✓ Find it later under Bookmarks.",
        "Download today's edition for offline reading? (38 MB)",
        "Sign in to sync your saved stories across devices",
        "You've used 5 of 5 free articles this month. Start your 30-day trial for $0.99",
        "Enjoying the app? Rate us ★★★★★ — it takes 10 seconds",
    ],
    navigation: &[
        "Home | For You | Following | Saved | Settings",
        "Swipe up for the next story",
        "← Back to feed",
        "Tap to expand",
        "Skip to article text",
        "Top Stories › World › Explainers",
        "Share: Copy link · Message · Email · More",
        "1 / 12",
        "Pull down to refresh",
        "Next story →",
        "Sections: Local, Business, Sport, Tech, Health, Culture",
        "Double-tap to like • Long-press for more options",
    ],
    bylines: &[
        "By {name}, {city} correspondent",
        "From {name2} via the Morning Ledger · 6 min read",
        "Photo: {name} for NewsStream",
        "Follow {name} @{handle} for more updates",
        "{name} covers consumer tech and apps. Tips: {handle}@example.com",
        "Translated by {name2}; edited by {name}",
        "VIDEO: {name2} / {city} Bureau",
        "Graphics by {name} · Data: public records",
        "Source: {city} Evening Post — independent local outlet",
        "Reporting by {name} in {city}; additional reporting by {name2}",
    ],
    headlines: &[
        "Regional bus fares to rise 4% from next month",
        "Heavy rain warning issued for coastal districts through Friday",
        "Underdogs clinch title with late penalty in season finale",
        "Walk-in clinic extends hours as flu cases climb",
        "Central bank holds interest rates steady for third straight meeting",
        "City library adds Sunday opening after record visitor numbers",
        "Local orchestra to stage free open-air concert series",
        "Recycling collection days change in four neighbourhoods",
    ],
    topics: &[
        "public transport funding",
        "renewable energy",
        "school meal programmes",
        "housing costs",
        "space exploration",
    ],
    names: &[
        "Amara Okonkwo",
        "Lukas Bergström",
        "Mei-Ling Chen",
        "Rafael Domínguez",
        "Priya Raman",
    ],
    seed: 12,
};

const TUNE_13: Templates = Templates {
    teasers: &[
        "Related research: {headline}",
        "Download the full report (PDF, 2.4 MB)",
        "READ NEXT → {headline}",
        "Listen: our policy podcast unpacks {topic} in 28 minutes",
        "Sign up for The Field Brief, our fortnightly digest of analysis on {topic}.",
        "Live event: join our experts on Thursday at 14:00 GMT for a discussion of {topic}",
        "Watch the recording of the launch webinar",
        "More from this report series",
        "Explore our interactive data dashboard on {topic} »",
        "Further reading — {headline}",
        "This analysis is part of our 2024 Humanitarian Outlook. Get the 12-page executive summary here.",
        "See also: Policy Brief No. 47 | {headline}",
    ],
    forms: &[
        "Your gift of $50 can provide clean water for a family for six months. Donate now",
        "Register for this event — Full name* Email* Organisation",
        "We use cookies to understand how visitors use our site. Accept all | Manage preferences",
        "Please enter a valid email address.",
        "Thank you! Your registration is confirmed. A calendar invitation has been sent to your inbox.",
        "Leave a comment (comments are moderated and may take up to 48 hours to appear)",
        "Log in to access member-only briefings",
        "Choose your monthly gift: £10 £25 £50 Other amount",
        "Quick poll: Was this report useful for your work? Yes  No  Partly",
        "Something went wrong. Please try again later or contact support.",
        "Email preferences: ☐ Weekly newsletter ☐ Event invitations ☐ New publications",
        "You have reached your limit of 3 free reports this month. Create a free account to keep reading.",
    ],
    navigation: &[
        "Home / Publications / Reports / Food Security",
        "Skip to main content",
        "← Previous page | Page 3 of 14 | Next page →",
        "Zoom in  Zoom out  Fit to width  Download  Print",
        "Share: Facebook · X · LinkedIn · Email · Copy link",
        "Cite this: APA | MLA | Chicago | BibTeX",
        "Back to all field reports",
        "Research Areas  Regions  Experts  Events  Publications  About Us",
        "Read in: English | Français | Español | العربية",
        "Table of contents ▾",
        "1 2 3 … 9 Next",
        "Jump to: Summary · Key findings · Recommendations · Methodology · Annex",
    ],
    bylines: &[
        "{name} is a senior fellow in the Global Health programme, based in {city}.",
        "By {name} and {name2} | Field research by local partner organisations",
        "Press enquiries: {name}, Head of Communications — {handle}@example.org, +44 20 7946 0123",
        "Photo: {name2} / Field Office {city}",
        "Data and graphics: {name}. Follow on X @{handle}",
        "Translated from Spanish by {name2}; edited by {name}.",
        "This paper was peer reviewed by two external experts. The views expressed are the authors' own.",
        "Disclosure: this research was funded in part by a grant from a private foundation. Funders had no role in the analysis.",
        "{name2}, Research Analyst, Climate & Migration Program",
        "Expert profile: {name} — Director of Humanitarian Policy | {city} office | Contact: @{handle}",
    ],
    headlines: &[
        "Central banks weigh slower rate cuts as inflation proves sticky",
        "Record heat pushes glacier melt to new high, study finds",
        "Measles cases rise in several regions after vaccination gaps",
        "Teacher shortages leave rural schools scrambling ahead of new term",
        "New open-source tool aims to make satellite data easier to use",
        "Museum returns 30 artefacts in landmark restitution agreement",
        "Remittance flows to low-income countries hit five-year peak",
        "Why coastal cities are rethinking flood defences",
    ],
    topics: &[
        "water and sanitation access",
        "urban resilience planning",
        "refugee education",
        "agricultural adaptation",
        "public health financing",
    ],
    names: &[
        "Amara Okafor",
        "Tomasz Wiśniewski",
        "Priya Raghunathan",
        "Mateo Fernández",
        "Yuki Tanabe",
    ],
    seed: 13,
};

const TUNE_14: Templates = Templates {
    teasers: &[
        "Read more: {headline}",
        "RELATED → {headline}",
        "More from the community board: 14 new posts about {topic} this week",
        "▶ Watch: Volunteers film the clean-up along the river path (2:41)",
        "Listen to this week's Valley Voices podcast, episode 87 — {topic}",
        "Get the Thursday Digest in your inbox. Local news, events and classifieds, free every week.",
        "Popular around your neighbourhood",
        "Most upvoted this week: {headline}",
        "Citizen reporter post | {headline}",
        "What's on this weekend? See 23 events near you »",
        "Also in this issue: {topic}, letters to the editor and the garage-sale map",
        "Sponsored classifieds: 3 new listings in Furniture & Home",
    ],
    forms: &[
        "Reply · Report · ▲ 12 ▼",
        "Sort by: Newest | Oldest | Most upvoted",
        "Please keep it civil. Comments that break our community guidelines will be removed by a moderator.",
        "You must be logged in to post a comment. Log in or create a free account",
        "Reader poll: Should the town add a second weekly farmers market? ○ Yes ○ No ○ Not sure — Vote",
        "Thanks for voting! 1,284 readers have responded so far.",
        "👍 48  ❤️ 9  😮 3  😢 1",
        "Your comment is awaiting moderation.",
        "Error: comment must be between 10 and 2000 characters.",
        "This comment has been flagged and hidden pending review",
        "[ ] Notify me of new replies by email",
        "Profile updated successfully. Your display name will appear on future posts.",
    ],
    navigation: &[
        "Home › Community › Letters & Opinion",
        "Skip to main content",
        "« Previous page  1  2  3 … 9  Next page »",
        "News | Sport | Events | Classifieds | Obituaries | Submit a Story",
        "Back to all events",
        "Next article →",
        "Share: Facebook · X · WhatsApp · Email · Copy link",
        "Jump to comments (37)",
        "Load 20 more replies",
        "Menu",
        "Classifieds > Jobs > Part-time",
        "Return to top ↑",
    ],
    bylines: &[
        "By {name}, Community Contributor",
        "Posted by @{handle} · citizen reporter from {city}",
        "{name} covers council meetings and local schools for the paper. Reach out at {handle}@example.net",
        "Photo: {name2} / Reader submitted",
        "Moderator note: this post was edited by {name} to remove personal contact details.",
        "Edited by {name2} | Additional reporting by {name}",
        "Story tips? Email the {city} newsroom at {handle}@example.net or call 555-0142",
        "Video courtesy of {name2}",
        "{name} is a retired teacher and volunteer who writes the monthly Around {city} column.",
        "Member since 2017 · 412 posts · @{handle}",
    ],
    headlines: &[
        "Bus route 7 to run every 20 minutes from next month",
        "Primary school breaks ground on new library wing",
        "Saturday market adds evening hours for summer",
        "Heavy rain warning issued for the valley through Tuesday",
        "Under-14s clinch regional football title on penalties",
        "Health centre extends walk-in clinic to weekends",
        "Roadworks on Mill Street expected to last six weeks",
        "High school robotics team heads to national finals",
    ],
    topics: &[
        "community garden plots",
        "library opening hours",
        "the new cycle lane",
        "local recycling collection",
        "youth sports leagues",
    ],
    names: &[
        "Amara Okafor",
        "Lukas Brenner",
        "Mei Tanaka",
        "Diego Fernández",
        "Siobhan Murphy",
    ],
    seed: 14,
};

const TUNE_15: Templates = Templates {
    teasers: &[
        "Read more: {headline}",
        "SPONSORED CONTENT — How mid-sized exporters are hedging currency risk this year",
        "More coverage of {topic} ›",
        "The Morning Wire: five stories set to move markets today, in your inbox before 6 a.m. Sign up here.",
        "Related: {headline}",
        "Explore our special report on {topic}",
        "WATCH: {headline} (2:14)",
        "Sponsored · Why freight forwarders are betting on inland ports →",
        "Get the Week Ahead newsletter — markets, policy and the data that matters, every Sunday",
        "From our correspondents: {headline}",
        "FACTBOX-What to know about {topic}",
        "Trending now ▸ {headline}",
    ],
    forms: &[
        "Purchase Licensing Rights",
        "To request reprint or syndication permission for this article, complete the form below and a member of our sales team will respond within two business days.",
        "Sign in to continue reading — or register for free access to 10 stories a month.",
        "We use cookies and similar technologies to personalise content and measure traffic. Accept all | Reject non-essential | Manage preferences",
        "Please enter a valid work email address.",
        "Create alert: get notified when new stories about this company are published",
        "Thank you! Your licensing request has been received. Reference no. LR-40718",
        "Password must be at least 8 characters and include one number.",
        "SESSION EXPIRED. PLEASE LOG IN AGAIN.",
        "Email preferences saved",
        "Something went wrong while loading market data. Try refreshing the page.",
        "Organisation name*   Country*   Intended use (print / digital / broadcast)*",
    ],
    navigation: &[
        "Home > Business > Energy",
        "World | Business | Markets | Sustainability | Legal | Commentary | Technology | Investigations",
        "Skip to main content",
        "< Previous article     Next article >",
        "Share: X  Facebook  LinkedIn  Email  Copy link",
        "S&P 500 5,412.30 ▲0.42%  |  Nasdaq 17,233.10 ▼0.18%  |  Brent $82.15 ▲1.1%  |  EUR/USD 1.0841",
        "Page 2 of 5",
        "MARKETS  ·  COMMODITIES  ·  CURRENCIES  ·  BONDS  ·  STOCKS",
        "Back to top ↑",
        "Editorial Standards  |  Corrections  |  Contact the Newsroom",
        "Browse by region: Africa · Americas · Asia Pacific · Europe · Middle East",
        "1 2 3 … 12 Next »",
    ],
    bylines: &[
        "Reporting by {name} in {city}; Editing by {name2}",
        "Writing by {name}; additional reporting by {name2} in {city}",
        "Corrects paragraph 4 to show the deal closed in May, not June",
        "{city}, June 3 (Wire Desk) —",
        "PHOTO: {name} / Agency Images",
        "{name} covers energy markets from {city}. Reach her at {handle}@example.com",
        "Follow {name2} on X: @{handle}",
        "Graphics by {name2}; video by {name}",
        "Updated 14 min ago · Compiled by {name} for the {city} bureau",
        "© 2025 Global Wire Agency. All rights reserved. Story by {name}, edited by {name2}",
    ],
    headlines: &[
        "Copper hits three-month high as Chilean supply concerns mount",
        "Yen slips past 157 per dollar ahead of central bank meeting",
        "Regional rail operator orders 40 hydrogen trains in $1.2 bln deal",
        "Norway edge Brazil 2-1 to reach World Cup quarter-finals",
        "Study links shorter sleep to higher blood pressure in teenagers",
        "Cocoa futures retreat from record as West African harvest improves",
        "Astronomers detect water vapour on a distant rocky exoplanet",
        "AIRLINES-Jet fuel costs weigh on second-quarter outlook for budget carriers",
    ],
    topics: &[
        "global shipping costs",
        "central bank interest rate decisions",
        "renewable energy investment",
        "food prices",
        "childhood vaccination programmes",
    ],
    names: &[
        "Amara Okonkwo",
        "Lukas Hoffmann",
        "Priya Raghunathan",
        "Mateo Fernández",
        "Nguyen Thi Lan",
    ],
    seed: 15,
};

const TUNE_16: Templates = Templates {
    teasers: &[
        "READ MORE: {headline}",
        "🛍️ Shop the look: this £24.99 cardigan is flying off the shelves",
        "Buy now at ShopHaus for £39.99 (was £59.99)",
        "WATCH: {headline} ▶",
        "More on {topic} – click here for the latest",
        "Don't miss: your weekly horoscope is here. See what the stars have in store ✨",
        "Tonight's TV: what to watch on Saturday night >>",
        "MORE LIKE THIS",
        "Trending now • {headline}",
        "The £12 mascara shoppers say beats high-end brands – and it's back in stock",
        "Video will autoplay in 5 seconds. Up next: {headline}",
        "Get 20% off with our exclusive code STYLE20 – see all the deals on {topic} 🔥",
    ],
    forms: &[
        "Sign up to our Showbiz newsletter for the juiciest celebrity gossip, straight to your inbox",
        "Enter your email address",
        "Please enter a valid email address",
        "Thanks for subscribing! Check your inbox to confirm.",
        "WIN a £500 beauty hamper! Enter our competition now – closes midnight Sunday. T&Cs apply",
        "We use cookies to improve your experience. By clicking \"Accept all\" you agree to our use of cookies. Manage preferences",
        "QUIZ: Which 90s pop star are you? Take the test to find out 🎤",
        "POLL: Should the show be axed? Vote now – YES / NO",
        "Comments are subject to our community guidelines. Log in or register to comment.",
        "Oops! Something went wrong. Please try again later.",
        "Vote received ✔ See results",
        "Q4/10: Who won the very first series? Submit answer",
    ],
    navigation: &[
        "Home › Showbiz › TV & Radio",
        "1 of 24",
        "◀ Previous slide | Next slide ▶",
        "Share on Facebook Share on X Share via WhatsApp Copy link",
        "NEWS SPORT SHOWBIZ TV FASHION BEAUTY HOROSCOPES DEALS",
        "Back to top ↑",
        "Page 2 of 5 — Next »",
        "View gallery (18 images)",
        "Close ✕",
        "« Back to Lifestyle",
        "Horoscopes | TV Guide | Puzzles | Competitions",
        "Load more stories",
    ],
    bylines: &[
        "By {name}, Showbiz Reporter",
        "{name} and {name2}, {city}",
        "Photo: {name} / Pixelwire Agency",
        "We may earn commission on products bought through links in this article. Prices correct at time of publication.",
        "Styling by {name2} | Hair and make-up by {name}",
        "{name} is our Shopping Editor and has tested more than 200 beauty products. Follow her on Instagram @{handle}",
        "Got a story? Drop a line to {handle}@example.co.uk",
        "Updated 14:32, 3 MAR 2024 | By {name}",
        "Pictures: {name2} / Stockframe",
        "📸 {name2} | Words: {name}, Fashion Writer in {city}",
    ],
    headlines: &[
        "Soap star reveals shock weight loss as fans say 'you look amazing'",
        "Reality TV couple SPLIT after just six months – 'it's over'",
        "Chef's 3-ingredient pancake hack has families going wild",
        "Holidaymakers stunned as budget airline launches £19 flights to the Canaries",
        "Striker's wife dazzles in plunging gown at glitzy awards bash",
        "I tried the viral £8 bronzer everyone's talking about – here's my verdict",
        "Quiz show host breaks silence after contestant's jaw-dropping blunder",
        "Beach resort named Europe's best-kept secret has sea views for under £50 a night",
    ],
    topics: &[
        "autumn wardrobe essentials",
        "budget skincare",
        "family-friendly city breaks",
        "easy weeknight dinners",
        "home décor on a budget",
    ],
    names: &[
        "Priya Raman",
        "Tomasz Kowalczyk",
        "Aisling Byrne",
        "Kwame Mensah",
        "Sofia Hernández",
    ],
    seed: 16,
};

const TUNE_17: Templates = Templates {
    teasers: &[
        "BREAKING: {headline}",
        "Also watch: {headline}",
        "LIVE NOW ▶ Watch our 24/7 news stream in HD",
        "Don't miss \"Prime Time Tonight\" at 9:00 PM — only on our channel",
        "Related | {headline}",
        "More on {topic}: full coverage, analysis and video reports",
        "WATCH: Analysts break down {topic} in tonight's special bulletin",
        "Missed this morning's show? Catch the full replay on our YouTube channel",
        "Just In — {headline}",
        "Tune in Sunday 8pm for The Weekend Roundtable with our senior analysts",
        "TRENDING NOW: {headline}",
        "READ TOMORROW'S E-PAPER FOR THE COMPLETE STORY ON {topic}",
    ],
    forms: &[
        "Leave a comment",
        "Your email address will not be published. Required fields are marked *",
        "Please enter a valid mobile number (e.g. 03XX-XXXXXXX)",
        "Get breaking news on WhatsApp 📲 Send JOIN to 0300-0000000",
        "We use cookies to improve your experience. By continuing to browse, you agree to our Privacy Policy. ACCEPT",
        "Download our app for live TV, prayer times and instant alerts — free on Google Play & App Store",
        "POLL: Should school timings be changed during the summer months? ○ Yes ○ No ○ Not sure",
        "Thanks for taking part — results after the poll closes.",
        "Login to post a comment | Sign in with Google",
        "Error: comment could not be posted. Please try again later.",
        "Text NEWS to 8787 for daily SMS headlines (Rs 2 + tax per day)",
        "Your comment is awaiting moderation.",
    ],
    navigation: &[
        "Home › Latest › National",
        "Skip to main content",
        "« Previous Story | Next Story »",
        "Home | Live TV | Programmes | Schedule | National | World | Business | Sports | Weather | E-Paper",
        "Page 1 of 4   Next →",
        "Share: Facebook  X  WhatsApp  Email",
        "English | اردو",
        "▶ Play  ❚❚ Pause  🔊 Mute  ⛶ Fullscreen",
        "BACK TO TOP ↑",
        "Load more stories",
        "Sections: Politics · Economy · Health · Education · Entertainment · Technology",
        "Prayer Times | Currency Rates | Gold Rates | Live Cricket Score",
    ],
    bylines: &[
        "By {name}, {city}",
        "{name2} | Staff Correspondent, {city} Bureau",
        "With input from agencies",
        "Reported by {name}; Camera: {name2}",
        "Anchor: {name}  |  Producer: {name2}",
        "{name} is a senior correspondent covering parliament and the economy. Follow on X @{handle}",
        "For feedback and story tips, write to {handle}@example.pk",
        "VIDEO: {name2} / GRAPHICS: {name}",
        "Our {city} correspondent contributed to this report.",
        "{name} — Web Desk | Updated 11:42 PM",
    ],
    headlines: &[
        "Heavy rain expected in northern districts over the weekend, Met Office says",
        "Gold price rises Rs 1,200 per tola in local market",
        "Petrol price to remain unchanged for next fortnight",
        "Board announces matric results; pass rate climbs to 78%",
        "Openers steady the chase as home side reach 96-1 after 15 overs",
        "Stock index closes 350 points higher amid strong trading volume",
        "Health officials launch week-long polio vaccination drive",
        "Drama serial finale draws record viewership, producers say",
    ],
    topics: &[
        "the federal budget",
        "monsoon preparations",
        "the polio vaccination campaign",
        "rising fuel prices",
        "school admissions",
    ],
    names: &[
        "Ayesha Siddiqui",
        "Farhad Rahimi",
        "Sajid Mehmood",
        "Zarmina Wardak",
        "Daniel Hughes",
    ],
    seed: 17,
};

const TUNE_18: Templates = Templates {
    teasers: &[
        "More from The Margin Notes",
        "Ready for more? Start a free subscription and get every new post in your inbox.",
        "Recommended reading: {headline}",
        "If you enjoyed this, you'll probably like \"{headline}\"",
        "Listen to this episode · 42 min · Also available in the app",
        "Writers you follow also recommend Field Report, The Slow Ledger and 3 others",
        "Get the weekly digest on {topic}, delivered every Sunday morning",
        "→ Next in this series: {headline}",
        "Also in this issue: a short reading list on {topic}, plus reader mail",
        "PODCAST | New episode out now: {headline}",
        "Discover more publications about {topic}",
        "keep reading with a 7-day free trial",
    ],
    forms: &[
        "This post is for paid subscribers",
        "Upgrade to paid to unlock the rest of this post and the full archive.",
        "Already a paid subscriber? Sign in",
        "Type your email…",
        "♡ 214 Likes · ↻ 18 Restacks",
        "Please enter a valid email address.",
        "Success! Check your inbox to confirm your subscription.",
        "Leave a comment",
        "Comments on this post are limited to paying members of the publication.",
        "We use cookies to improve your experience. Accept all | Manage preferences",
        "Something went wrong while saving your reply. Please try again.",
        "Email notifications: ON — manage subscription settings",
    ],
    navigation: &[
        "Home Notes Archive About",
        "← Back to all posts",
        "Older posts →",
        "Top  Latest  Discussion",
        "Share",
        "Page 2 of 17",
        "Skip to main content",
        "Contents: 1. The setup · 2. What changed · 3. What comes next",
        "Previous post | Next post",
        "Share this post: Copy link · Email · Facebook · X",
        "Archive › 2023 › March",
        "See all 86 posts",
    ],
    bylines: &[
        "{name} · 8 min read · Mar 14, 2024",
        "Written by {name}",
        "{name} is a freelance reporter based in {city} who covers housing and local politics.",
        "{name} is an associate professor of economic history and the author of two books on trade.",
        "{name} served six years as a deputy transport minister and now writes this newsletter from {city}.",
        "12.4K subscribers · By {name}",
        "Got a tip? Reach {name} at {handle}@example.com or @{handle}",
        "Illustration by {name2} | Edited by {name}",
        "By {name} and {name2} — Apr 2, 2023 — 14 min",
        "Follow {name} · 3,108 followers",
    ],
    headlines: &[
        "Why Small Data Centers Are Making a Comeback",
        "The hidden economics of the corner bakery",
        "What a 1970s Grain Deal Can Teach Us About Inflation",
        "A slow train through the Balkans, in twelve stops",
        "How open-source maintainers are rethinking funding",
        "The Forgotten Cartographers Who Mapped the Pacific",
        "Streaming killed the album. Vinyl buyers didn't get the memo",
        "Notes from a month without a smartphone",
    ],
    topics: &[
        "urban planning",
        "renewable energy",
        "local history",
        "personal finance",
        "science education",
    ],
    names: &[
        "Amara Okafor",
        "Henrik Lindqvist",
        "Mei-Lin Chou",
        "Rafael Mendoza",
        "Priya Raghavan",
    ],
    seed: 18,
};

/// Tune-19: written in the fifteenth round by a writer given only a brief and one kind of
/// site to imitate (sports site with live scores). Lines sharing a three-word phrase with any other set were
/// reworded.
const TUNE_19: Templates = Templates {
    teasers: &[
        "LIVE ⚽ {headline} — follow every kick in our match centre",
        "Odds boost: Draw at half-time, home win at full-time now 11/2 (was 4/1). 18+ only; full terms on site | BeGambleAware",
        "Fantasy tip of the week: captain a midfielder facing the league’s leakiest defence. Set your lineup before Friday’s 18:30 deadline »",
        "WATCH: {name} curls one into the top corner from 30 yards (1:42)",
        "More on {topic}:",
        "Podcast — Stoppage Time Talk, ep. 214: was that penalty ever a penalty?",
        "📊 Head-to-head stats, xG maps and predicted lineups for {headline}",
        "Sponsored | Get a £20 free bet when you place your first £10 wager on tonight’s derby. New customers only.",
        "Related: {headline}",
        "Transfer Deadline Daily – every rumour, medical and loan deal, delivered each morning at 7am",
        "Catch all the highlights from {city} inside the MatchZone app, free for registered members ▶",
        "Still undecided on your bracket? Our analysts rank every seed in {topic}",
    ],
    forms: &[
        "Who will win tonight? Home 46% · Draw 21% · Away 33% (8,412 votes) — Vote",
        "Live scores temporarily unavailable. Swipe downward to reload.",
        "Log in, then enter code 48213 for this mini-league",
        "Your bet slip is empty",
        "Rate the players: tap a star from 1 to 10 to score each starter",
        "This match report is for Season Pass holders. Subscribe from £3.99/month, cancel anytime.",
        "Post your prediction (max 280 characters)",
        "Search teams, players, competitions…",
        "Cookies help us tailor odds and scores for you. Choose settings | Agree and close",
        "Enable push alerts for goals, red cards and final scores? Not now / Allow",
        "0 comments — kick off the debate about this result",
        "Data feed delayed by approximately 30 seconds. Gambling problem? Call 0808 8020 133.",
    ],
    navigation: &[
        "Scores | Fixtures | Results | Tables | Transfers | Fantasy",
        "Home › Football › Premier Division › Match Report",
        "Previous match ◀ ▶ Next match",
        "Overview  Lineups  Stats  Commentary  Odds",
        "1st Half · 2nd Half · Extra Time · Penalties",
        "↑ Top",
        "Slide 3 of 9",
        "Share: X · WhatsApp · Facebook · Copy link",
        "Show more fixtures",
        "Cricket  Rugby  Tennis  F1  Golf  NBA  NFL",
        "◄ Matchday 27   Matchday 28   Matchday 29 ►",
        "0:00 / 2:47  ⏸  🔇  ⛶",
    ],
    bylines: &[
        "By {name}, Chief Football Writer, at the stadium in {city}",
        "{name} covers rugby union and the women’s game. Tweets as {handle}",
        "Photograph: {name2}/Getty Images",
        "Extra reporting: {name2}; stats supplied by Opta",
        "Live blog by {name} and {name2} (earlier)",
        "{city} — {name}, Sports Desk",
        "Amended 21:40: the attendance was 14,100, not 41,000 as first stated.",
        "Prices accurate when this went live and may move.",
        "{name} spent two decades on the tennis beat, covering 60 Grand Slam tournaments. Tips welcome via sport@",
        "Graphics: {name2} | Edited by {name}",
    ],
    headlines: &[
        "Keeper’s late howler gifts visitors a share of the spoils",
        "Rovers sack manager after five straight defeats",
        "Teenage sprinter smashes national 200m record at indoor meet",
        "TRANSFER LATEST: Winger completes £38m switch after marathon medical",
        "Ratings: How every player fared in Sunday’s semi-final",
        "Rain halts play with hosts 212-4 on opening day",
        "Is the offside rule broken? Five fixes referees want",
        "Grand prix stewards strip podium finisher of third place",
    ],
    topics: &[
        "the title race",
        "relegation battles",
        "summer transfer window",
        "grand slam tennis",
        "fantasy football",
    ],
    names: &[
        "Tomasz Wieczorek",
        "Adaeze Okonkwo",
        "Rafael Quintanilla",
        "Huang Xiaoqian",
        "Siddharth Venkataraman",
    ],
    seed: 0,
};

/// Tune-20: written in the fifteenth round by a writer given only a brief and one kind of
/// site to imitate (financial markets site). Lines sharing a three-word phrase with any other set were
/// reworded.
const TUNE_20: Templates = Templates {
    teasers: &[
        "PREMIUM PICKS: Our analysts just upgraded three dividend aristocrats — see which ones with a 14-day trial",
        "Open a brokerage account with $0 commissions and get up to 200 free shares. Terms apply. Sponsored",
        "Related quotes: NVXR +2.41% · KPLT −0.87% · BRNQ +0.12%",
        "Listen: The Closing Bell Breakdown, ep. 412 — how {topic} could reshape a balanced portfolio (28 min)",
        "▶ Watch: {name} explains why bond yields spooked equities this week",
        "More on {topic}: {headline}",
        "Advertiser disclosure: partner offers below pay us referral fees, which can influence placement.",
        "Want the morning movers before the open? Get Pre-Market Pulse delivered at 6:30 a.m. ET on weekdays.",
        "Compare today’s best high-yield savings rates — up to 5.10% APY from FDIC-insured banks »",
        "Trending tickers",
        "Tickers mentioned above: {headline}",
        "Is now the time to refinance? Check rates in {city} with our free calculator",
    ],
    forms: &[
        "Pro members only: this valuation model sits behind our research wall. Hold a Pro seat? Authenticate to continue.",
        "Enter a symbol or company name",
        "Quotes delayed at least 15 minutes. Market data provided by third-party vendors; real-time prices require a data agreement.",
        "Add to watchlist ☆",
        "Your portfolio alert was saved. We’ll email you when the price crosses your target.",
        "POLL — Where will the benchmark index close this year? ○ Higher ○ Flat ○ Lower   [Vote]",
        "Chart failed to render. Reload or switch to the table view.",
        "We deploy trackers for ad targeting and performance measurement. Customise | Agree & close",
        "Upgrade to Premium — $29.99/mo, billed annually. Cancel anytime.",
        "Members must authenticate before posting on the message board. Price targets posted without a source may be removed.",
        "Did this guide answer your question?  👍   👎",
        "Monthly payment estimate: loan amount _____ interest rate _____ term (years) _____ [Calculate]",
    ],
    navigation: &[
        "Markets › Equities › Earnings",
        "1D | 5D | 1M | 6M | YTD | 1Y | 5Y | Max",
        "Overview   Financials   Options Chain   Holders   Analyst Ratings",
        "Next page: How dollar-cost averaging works »",
        "Personal Finance  Retirement  Credit Cards  Mortgages  Taxes  Crypto",
        "Send via: LinkedIn · WhatsApp · Reddit · 🔗",
        "Slide 3 / 9",
        "Contents: 1. What is a covered call? 2. Risks 3. Tax treatment 4. FAQ",
        "▲ Jump up to quote header",
        "« Older  9  10  11  …  17  Newer »",
        "Futures · Forex · Commodities · Bonds",
        "Print article",
    ],
    bylines: &[
        "By {name}, chief equities writer | {city}",
        "{name} covers fixed income and monetary policy. Contact: {handle} or our encrypted tip line.",
        "Disclosure: {name} holds long positions in several semiconductor names and owns shares of an index fund. No positions changed in the past 72 hours.",
        "Reviewed by {name2}, CFP®",
        "Editing by {name2}; charts by {name}",
        "Fact-checked",
        "{city} (Wire) — {name} reported; {name2} contributed",
        "CORRECTION (May 14): A prior draft misstated the fund’s expense ratio. It is 0.09%, not 0.9%.",
        "{name} spent a decade as an equity analyst before joining our desk. Follow {handle}.",
        "Updated 4:17 PM EDT · reading time 6 min",
    ],
    headlines: &[
        "Regional lender shares sink 11% after surprise loan-loss provision",
        "Why your 401(k) match may be worth less than it looks",
        "Oil slips as crude inventories swell again",
        "5 Cheap Growth Stocks Wall Street Is Ignoring Right Now",
        "Copper hits 14-month high on smelter outages",
        "Ask the planner: Should I pay off my car loan early?",
        "Tech IPO prices above range, valuing startup at $6.2 billion",
        "Treasury yields climb ahead of jobs data",
    ],
    topics: &[
        "dividend investing",
        "mortgage rates",
        "retirement savings",
        "earnings season",
        "exchange-traded funds",
    ],
    names: &[
        "Priyanka Deshmukh",
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Mateo Villalobos",
        "Hyun-woo Baek",
    ],
    seed: 0,
};

/// Tune-21: written in the fifteenth round by a writer given only a brief and one kind of
/// site to imitate (government press portal). Lines sharing a three-word phrase with any other set were
/// reworded.
const TUNE_21: Templates = Templates {
    teasers: &[
        "Related press release: {headline}",
        "Full text of the ministerial statement on {topic} (PDF, 412 KB)",
        "Also issued today → {headline}",
        "Download the consultation paper on {topic} — Word document, 27 pages, opens in a new window",
        "Subscribe to council email alerts to receive each notice about {topic} as soon as it is issued.",
        "Watch the recorded briefing: Deputy Mayor {name} on the {city} transport budget (video, 14 min, captions available)",
        "Easy Read version available",
        "This release can also be read in Welsh, Polish and Somali.",
        "Listen to ‘Public Matters’, the ministry podcast — episode 31: how {topic} decisions get made",
        "Previous instalment of these notices: {headline}",
        "Consultation open — send comments on {topic} before 23:59 on Friday 14 March.",
        "Infographic: where your council tax goes in {city}, 2025/26 (accessible HTML version)",
    ],
    forms: &[
        "Was this page useful? Yes / No",
        "Report a problem with this page",
        "We use essential cookies to make this service work. We’d also like to set analytics cookies so we can see how residents move around the portal. Accept analytics cookies | Reject analytics cookies | View cookies",
        "Search press releases, notices and documents",
        "Your feedback (optional) — don’t include personal details such as your address or case reference. 0 of 500 characters",
        "My Council Account: log on to follow your request",
        "Thanks — feedback received. We read every response but cannot reply individually.",
        "Error: the email field must look like name@example.com",
        "Get alerts: [ email address ] Subscribe",
        "Rate this service: ★★★★☆ (4.1 from 1,208 residents)",
        "Filter by: Document type ▾ | Department ▾ | Date published ▾ | Apply filters",
        "Your session will expire in 2 minutes. Continue session",
    ],
    navigation: &[
        "Home › Newsroom › Press releases › 2025",
        "Skip navigation",
        "Text size: smaller / larger · Contrast: dark · Read this page aloud",
        "Cymraeg · English · Polski · Tiếng Việt · 中文",
        "Contents: 1. Background 2. What changes 3. Next steps 4. Annex",
        "« Previous release | Next release »",
        "Pg. 3/17",
        "🖨 Print · ✉ Send by email · Share",
        "Top ↑",
        "Departments • Services • News • Consultations • Open Data • Contact us",
        "Showing 21–40 of 1,562 results",
        "Accessibility statement",
    ],
    bylines: &[
        "Issued by the Press Office, {city} City Council",
        "Media contact: {name}, Communications Officer, tel. 0300 555 0142",
        "Published 12 February 2025 · Last updated 3 March 2025 — see all updates",
        "Photo: {name2} / Ministry of the Interior photographic unit",
        "{name} is the Cabinet Member for Housing and has represented the Northgate ward since 2019.",
        "Notes to editors",
        "Correction (4 March): a previous version of this release gave the wrong closing date for applications. This has been amended.",
        "Translation: {name2}, Language Services Unit",
        "Press release | {city} | From: Department for Communities and {name}, Minister of State",
        "Follow the minister: {handle}",
    ],
    headlines: &[
        "Cabinet backs riverside quarter cycle route plan",
        "Road closures announced ahead of spring marathon",
        "Ministry opens applications for rural broadband grants",
        "Statement on the temporary closure of Eastbrook Library",
        "New figures show rise in household recycling rates",
        "PUBLIC NOTICE: proposed changes to town centre parking charges",
        "Minister visits flood defence works at Hallam Weir",
        "Bin collections: what changes over the bank holiday?",
    ],
    topics: &[
        "waste collection",
        "planning applications",
        "public health",
        "school admissions",
        "road maintenance",
    ],
    names: &[
        "Ingrid Solberg",
        "Tomasz Wiśniewski",
        "Adaeze Nwosu",
        "Rahul Venkataraman",
        "Hsu Pei-Wen",
    ],
    seed: 0,
};

/// Tune-22: written in the fifteenth round by a writer given only a brief and one kind of
/// site to imitate (lifestyle and recipe blog). Lines sharing a three-word phrase with any other set were
/// reworded.
const TUNE_22: Templates = Templates {
    teasers: &[
        "⬇️ JUMP TO RECIPE ⬇️",
        "If you loved this, you’ll go wild for my {headline} — it’s the one my sister-in-law begs me to bake every single Thanksgiving!",
        "PIN IT FOR LATER 📌 Save this {topic} idea to your Pinterest board so it’s there when dinner panic strikes.",
        "This post may contain affiliate links, meaning a tiny commission lands here (at zero extra cost) whenever a purchase happens via one. Thanks for keeping the oven on around here! 💛",
        "Psst… grab my FREE 7-day {topic} meal planner, printable grocery checklist included.",
        "READERS ALSO ADORED: {headline}",
        "Made this? Snap a photo and tag @{handle} on Instagram — I feature my favorite reader bakes every Friday!",
        "My go-to Dutch oven is 30% off on Amazon right now (affiliate link), so this is your sign to finally get one.",
        "▶ Watch how I fold the dough in the 60-second video just below",
        "Sponsored by Meadowbrook Creamery. All opinions, crumbs and sticky fingers are entirely my own.",
        "More cozy {topic} recipes →",
        "Craving something sweeter? {name} swears by {headline}",
    ],
    forms: &[
        "★★★★★ 4.9 from 312 votes",
        "Click on a star to rate it!",
        "Tell me how your batch turned out down below! We keep emails private; starred boxes can’t stay blank *",
        "Comment * Name * Email * Website",
        "☐ Keep my details handy so commenting goes quicker later.",
        "POST COMMENT",
        "Fresh recipes land in your mailbox each Sunday, bright and early! First name | Email | SIGN ME UP",
        "Thanks for rating! Your review shows up once I’ve approved it.",
        "Oops — that email looks invalid. Mind checking it once more?",
        "Servings: 4 ▾  |  1x  2x  3x  |  US Customary / Metric",
        "Print Recipe 🖨  Pin Recipe",
        "ADVERTISEMENT — story continues after the ad",
    ],
    navigation: &[
        "Home » Recipes » Dinner » Weeknight Pasta",
        "Jump to: Ingredients · Step-by-step photos · Tips & substitutions · FAQ · Recipe card",
        "Shares 4.2K",
        "f  Facebook  |  P  Pinterest  |  ✉ Email  |  Yummly",
        "BREAKFAST  LUNCH  DINNER  DESSERTS  DRINKS  ABOUT ME  SHOP",
        "« Older Entries",
        "Show More Replies (14)",
        "In This Post [hide]",
        "↑ Top",
        "Reply ↓",
        "Filed Under: Fall Baking, Gluten-Free, Under 30 Minutes",
        "Slide 2 / 3 — Continue ›",
    ],
    bylines: &[
        "By {name} · Posted on March 14 · Updated on October 2 · 47 Comments",
        "Hi, I’m {name}! 👋 Former pastry cook turned home-kitchen tinkerer in {city}. I share simple, family-approved meals with a little bit of flour on everything.",
        "Recipe developed and tested by {name2}; food styling and photography by {name}.",
        "Nutrition disclaimer: values are estimates calculated by an online tool and should not replace advice from a registered dietitian.",
        "{name} says: November 9 at 7:42 pm",
        "Written by {name} | Reviewed by {name2}, RD",
        "Questions about this one? Drop me a line at hello@{handle}.com — I read every message, usually with coffee in hand.",
        "Photos © {name2} for {handle}. Kindly ask before republishing any image.",
        "Last updated: first shared in 2019 and refreshed with new photos, clearer steps and a video.",
        "Author: {name}  |  Prep Time: 15 mins  |  Cook Time: 40 mins",
    ],
    headlines: &[
        "Brown Butter Pumpkin Blondies (One Bowl, No Mixer!)",
        "How I Organized My Tiny Pantry for Under $40",
        "The 15 Best Sheet Pan Dinners for Busy School Nights",
        "Honey Garlic Salmon Bites in the Air Fryer",
        "My Sourdough Starter Died Twice — Here’s What Finally Worked",
        "Easy Strawberry Rhubarb Crumble",
        "21 Cozy Soups to Make Before Winter Ends",
        "A Week of Slow Mornings: Our Simple Cabin Getaway",
    ],
    topics: &[
        "slow cooker dinners",
        "holiday cookies",
        "meal prep",
        "sourdough baking",
        "budget family meals",
    ],
    names: &[
        "Marisol Quintero",
        "Hannah Lindqvist",
        "Adaeze Okonkwo",
        "Priya Venkataraman",
        "Tomasz Wierzbicki",
    ],
    seed: 0,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a regional broadcaster's news site.
const TUNE_23: Templates = Templates {
    teasers: &[
        "▶ WATCH: Our crew was on scene in {city} at sunrise — the whole package airs on the 6pm bulletin.",
        "Stream Valley Tonight live, weeknights from 5:30 on the Channel 8 app, or catch up any time on demand.",
        "Got a news tip? Send photos and clips of {topic} to the newsroom using the Report It button.",
        "📻 Listen again: {name} on Drive Time, where listeners phoned in all afternoon about {topic}.",
        "MORE: {headline}",
        "Grab the free WeatherWatch 8 app: live radar, lightning tracking and severe storm pings.",
        "Fresh episode of the Hometown Stories podcast just dropped 🎧 Find it on Apple, Spotify or our website.",
        "BROUGHT TO YOU BY RIVERBEND CREDIT UNION | Why more families across the region are switching to solar this winter",
        "Tonight at 10: {name2} goes behind the scenes with the volunteers keeping the county food bank open.",
        "Keep local public broadcasting strong — pledge $5 a month as a sustaining donor and we'll send the station tote bag.",
    ],
    forms: &[
        "Sorry, broadcast rights prevent us from showing this clip outside our viewing area.",
        "Type a ZIP or school district to check closings & delays",
        "Our live stream has hit a snag. Reload the player or give us a minute — engineers are working on it.",
        "Get Channel 8 alerts in your inbox — Email* — By subscribing you consent to the station's Privacy Notice. GO",
        "QUICK QUESTION: Would you support a 4-day school week in the district? ◯ Yes, please ◯ No way ◯ Depends — Submit",
        "Live TV requires a cable or satellite login. Choose your provider to continue.",
        "Valley Broadcasting and selected ad vendors drop cookies in your browser to tailor advertising and count our audience for ratings purposes. Settings | OK",
        "Commenting has been switched off on this piece. Head to our Facebook page to weigh in.",
        "No school closings or delays reported at this time.",
        "Search shows, presenters, stories…",
    ],
    navigation: &[
        "Home › Local › Roads & Commute",
        "LIVE NOW",
        "News | Weather | Traffic | Sport | Watch Live | Radio | Schedule | Contests",
        "Share:  f   𝕏   ✉   🔗",
        "⏵ Play   ⏸   🔇 Mute   CC   ⛶ Full screen   1:47 / 3:38",
        "Autoplay: next clip in 5…",
        "‹ Older | Newer ›",
        "Return to the top ↑",
        "Jump to live player",
        "WEATHER ALERTS (2)",
    ],
    bylines: &[
        "By {name}, Channel 8 News | Posted 6:42 AM, last updated 9:15 AM",
        "{name2} co-anchors the weekend evening newscast and has spent 14 years reporting across the valley. She came to the station from a newsroom in {city}. Follow her @{handle}.",
        "Video: {name} / Photojournalist",
        "Producer: {name2}. Assignment desk staff also helped with this story.",
        "© 2024 Valley Broadcasting Group. Reproduction or rebroadcast without written permission is prohibited.",
        "Spot a mistake? Email newsdesk@ch8news.tv and put the headline in the subject line.",
        "{name} is our chief meteorologist. Reach the weather team at weather@ch8news.tv.",
        "{city} (WVTV) —",
        "Material from the Associated Press was used in this report.",
    ],
    headlines: &[
        "Crews battle overnight barn fire near county line; no injuries reported",
        "Westfield marching band earns national finals spot, its first since 1998",
        "Lane closures expected on Route 9 bridge through end of month",
        "First Alert Weather Day: Freezing rain could make Thursday commute treacherous",
        "Beloved diner owner retires after 41 years of serving breakfast on Main Street",
        "Transit workers get new contract as aldermen sign off on long-stalled deal",
        "Missing hiker found safe after two nights in state forest",
        "Zoo welcomes twin red panda cubs, asks public to help name them",
    ],
    topics: &[
        "the flooding on Mill Creek",
        "school bus driver shortages",
        "the downtown stadium plan",
        "holiday travel delays",
        "wildfire smoke",
    ],
    names: &[
        "Marisol Ortega",
        "Dwayne Whitaker",
        "Priya Raghavan",
        "Tomasz Kowalczyk",
        "Aoife Gallagher",
    ],
    seed: 23,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a technology and gadget-review site.
const TUNE_24: Templates = Templates {
    teasers: &[
        "💸 Today's best price: $279 at Amazon (was $349) — check other retailers →",
        "We tested 14 budget earbuds so you don't have to. See our updated picks for {topic}.",
        "Read next: {headline}",
        "The whole verdict in under a minute — the complete video review lives on YouTube ▶",
        "DEAL ALERT: The Pixel-killer we rated 4.5 stars just dropped to its lowest price ever",
        "Want every teardown, benchmark and leak delivered each Friday? Get The Circuit Board — it's free.",
        "Best {topic} 2024: tested and ranked",
        "Sponsored | Upgrade your home office with a 4K monitor that won't wreck your desk budget",
        "Support independent testing. Become a Lab Member for $4 a month — no ads, ever.",
        "Trending in Reviews: 1. {headline} 2. The quietest mechanical keyboards we've typed on 3. Is the Steam Deck OLED worth the upgrade?",
    ],
    forms: &[
        "Check price at Best Buy",
        "Prices updated hourly. GadgetDesk pockets a small cut if you purchase via the retailer buttons on this page.",
        "No live retailer prices for this product at the moment.",
        "Which phone would you pick? ○ iPhone 16 Pro ○ Galaxy S24 Ultra ○ Pixel 9 Pro — Pick one, then peek at the tally",
        "Drop your email below and we'll ping you when {topic} prices dip · Notify me",
        "Review 3/5 of this month's free allowance. Sign in or go Pro to unlock every lab score.",
        "Our cookies shape the deals you see and count affiliate clicks — you decide which ones we set. Accept everything | Manage choices",
        "Search 12,000+ product reviews…",
        "Sign in to rate this product · 42 comments",
        "Video unavailable — the player couldn't load this clip. Reload and try again.",
    ],
    navigation: &[
        "Home › Reviews › Audio › Headphones",
        "Phones | Laptops | Wearables | Smart Home | Gaming | Deals",
        "Jump to: Design · Display · Performance · Battery life · Camera · Verdict",
        "◀ Previous: Page 2 — Specs  |  Next: Page 4 — Benchmarks ▶",
        "Share this review: 𝕏  Facebook  Reddit  Copy link",
        "0:00 / 12:47  ⏸  🔊  CC  ⚙  ⛶",
        "Top ⇡",
        "REVIEWS",
        "Skip to deals",
        "Compare: {topic} vs. the competition",
    ],
    bylines: &[
        "By {name}, Senior Reviews Editor | Updated {city}, 14 March",
        "{name} has been reviewing smartphones since the days of the Nokia N95. When not benchmarking, they're probably rebuilding a custom keyboard. Find them on X: @{handle}",
        "Tested by {name2} · Lab data by {name}",
        "Photography: {name}/TechLab Studio",
        "Review unit provided by the manufacturer. The company saw none of this review before publication.",
        "Think one of our spec figures is wrong? Write to corrections@gadgetdesk.com",
        "{name} — Contributing Writer, Wearables",
        "Additional testing by {name2} in our {city} lab.",
        "Last updated: 2 days ago · 9 min read",
    ],
    headlines: &[
        "Samsung's cheapest foldable yet is surprisingly hard to fault",
        "I wore the new Oura ring for 30 nights and slept worse — here's why",
        "This $40 smart plug fixed the one thing I hated about my HomeKit setup",
        "Sony WH-1000XM6 review: the noise-cancelling crown changes hands again?",
        "MacBook Air M3 vs. Dell XPS 13: which ultraportable should you buy?",
        "Nintendo confirms Switch 2 launch titles, but not the one fans wanted",
        "The best robot vacuums of the year, ranked by how well they handle pet hair",
        "Garmin quietly raises prices on its running watches across Europe",
    ],
    topics: &[
        "wireless earbuds",
        "gaming laptops",
        "smartwatches",
        "mesh Wi-Fi routers",
        "mirrorless cameras",
    ],
    names: &[
        "Priya Ramanathan",
        "Tomasz Wielgosz",
        "Adaeze Okonkwo",
        "Lucas Ferreira",
        "Hana Kobayashi",
    ],
    seed: 24,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): an international news agency with language editions.
const TUNE_25: Templates = Templates {
    teasers: &[
        "READ IN: Español | Français | العربية | 中文 — this dispatch is available in four editions",
        "Overnight Desk, our correspondents' night file on {topic}, lands in subscribers' mailboxes at 05:30 GMT. Sign up →",
        "► Watch: raw agency footage from {city}, no commentary (2:41)",
        "Newsrooms: license this story and 40,000 others a day. Ask about a trial of our multimedia feed.",
        "Explainer — Six questions answered on {topic}",
        "Also filed by our {city} bureau: {headline}",
        "🎧 On the latest episode of Dateline Daily, {name} explains why {topic} keeps making headlines.",
        "FACT CHECK: No, that viral photo was not taken this week. Our verification desk traced it to 2019.",
        "Breaking alerts in 12 languages, on your phone. Get our free iOS & Android app 📲",
        "Independent reporting from 180 countries costs money. Support our journalism from €3 a month.",
    ],
    forms: &[
        "Choose your edition: English (International) / English (Asia-Pacific) / Deutsch / Português [Save preference]",
        "This edition and its partners store identifiers on your device to measure audience and tailor advertising. [Agree] [Refuse] [Settings]",
        "Company email address (required for licensing quotes)",
        "1 free dispatch remaining in May. Client newsroom? Sign in with your agency credentials, or subscribe from €9.99.",
        "Reader comments are not enabled on agency wire copy.",
        "Error: the live ticker failed to load. Retry",
        "Search the photo archive… (e.g. {topic}, {city}, 1998)",
        "Please select at least one language edition before subscribing.",
        "Almost done — we've sent a link that switches on your alert for “{topic}”.",
    ],
    navigation: &[
        "World › Europe › {city}",
        "Home | World | Economy | Sports | Health | Science | Photos | Video | Fact Check",
        "EN · FR · ES · AR · PT · DE · RU · 中文",
        "SHARE  𝕏 | f | WhatsApp | in | ✉ | 🔗",
        "‹ Older dispatch  |  Newer dispatch ›",
        "▲ Top",
        "Skip to the dispatch",
        "LATEST WIRE",
        "Continued on p.2 of 3 »",
        "0:00 / 1:58  ▶  CC  ⚙  ⛶",
    ],
    bylines: &[
        "{city} (Agency) — ",
        "By {name} and {name2}, with contributions from colleagues in {city}",
        "Photo: {name} / Agency Pictures",
        "This dispatch first ran in our French-language edition; English rendering: {name2}. In case of discrepancy, the French text prevails.",
        "Filed by {name} in {city}; written by {name2}; Europe desk editor on duty",
        "{name} is the agency's chief correspondent in {city}, covering {topic}. Follow her @{handle}",
        "Correction requests for this dispatch: corrections@wire-desk.example — please quote the story slug.",
        "© 2024 The Agency. Republication, rebroadcast or redistribution of this dispatch in any form requires a valid license.",
        "Published 14:02 GMT · Updated 16:37 GMT",
    ],
    headlines: &[
        "Monetary authority leaves benchmark unchanged, warns of sticky prices",
        "Ferry capsizes off southern coast; dozens missing, coast guard says",
        "World No. 3 pulls out of Open hours before opener, citing wrist injury",
        "Drought pushes cocoa prices to record as harvest forecasts slump",
        "Opposition leader freed after 18 months in detention",
        "Scientists map ancient river beneath Antarctic ice sheet",
        "Truckers block border crossing over new toll scheme",
        "Veteran director's surprise premiere kicks off lakeside film gala",
    ],
    topics: &[
        "the truce negotiations",
        "grain exports",
        "the snap election",
        "migrant crossings",
        "the fuel subsidy reform",
    ],
    names: &[
        "Amara Okonkwo",
        "Lucía Ferreyra",
        "Tomasz Wielgus",
        "Hiroshi Tanabe",
        "Nadia Haddad",
    ],
    seed: 25,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a nonprofit local newsroom.
const TUNE_26: Templates = Templates {
    teasers: &[
        "💛 This reporting is free because 412 neighbors chipped in last month. Can you be #413? Give $5 →",
        "Our spring member drive ends Sunday at midnight — a local donor will match every gift up to $7,500.",
        "REPUBLISH THIS STORY: This article may be reprinted free of charge under Creative Commons BY-ND 4.0. Please keep the byline and link back to us.",
        "Come meet the newsroom! Coffee & Questions with our editors, Thursday 6:30 p.m. at the {city} Public Library annex. Members get in first.",
        "This is chapter four in our reporting on {topic} — start from chapter one",
        "Obituaries this week → Browse notices, light a candle, or submit one for a loved one",
        "Got a garage sale, lost cat or used tractor? Place a classified for $12 — runs online and in Thursday's print edition.",
        "Listen: “Porch Talk,” twenty minutes on {topic} hosted by our reporters — fresh episode each Tuesday 🎧",
        "RELATED: {headline}",
        "Sustaining members get the paper mailed to their door at no charge. Become one for $10/month.",
    ],
    forms: &[
        "Add your event to the Community Calendar — Event name* / Date* / Location / Admission? ( ) Free ( ) Ticketed",
        "Your gift is tax-deductible. Amount: $25 $50 $100 Other ____ [ ] Make this a monthly gift",
        "You're on freebie #3 of 4 for June. Members read as much as they like — log on",
        "Get The Wednesday Porch, our free weekly roundup of {topic} news. Your email ______ [Count me in]",
        "Comments are reviewed by a human volunteer before they appear. Please use your real first and last name.",
        "We use a few cookies to count readers and remember your donation settings. OK / No thanks",
        "Reader poll: Reopen the old Elm St. swimming pool? ◯ Yes, fix it ◯ No, sell the lot ◯ Undecided — Cast vote",
        "Oops — the events feed isn't loading right now. Reload, or give it a minute.",
        "Search obituaries by last name or town",
        "Thanks a bunch! A receipt is headed to the email you gave us. Check your spam folder if it doesn't arrive within an hour.",
    ],
    navigation: &[
        "Home › Local Government › School Board",
        "News | Schools | Obituaries | Classifieds | Calendar | Opinion | Donate",
        "← Older stories   |   Newer stories →",
        "Share: Facebook · Email a friend · 🖨 · 🔗",
        "Skip to story",
        "« Prev · 2 · 3 · 4 · More »",
        "↑ Top",
        "COMMUNITY VOICES",
        "▶ 0:17 / 4:09   🔈   Captions   ⛶",
        "Browse by town: Millbrook • East Haven • Quarry Hill • Route 9 Corridor",
    ],
    bylines: &[
        "By {name}, Staff Reporter",
        "{name} is a volunteer contributor and retired science teacher who has lived in the valley since 1987. Drop a line: {handle}@mailbox.org",
        "Photo by {name2} / Courtesy of the county historical society",
        "Funded through the {city} Community Reporting Fellowship grant. {name} is a 2024 fellow.",
        "See something we got wrong? Write corrections@ourtownledger.org — the managing editor answers every one.",
        "Posted Tuesday, 4:15 p.m. — Updated Wednesday",
        "Spanish-to-English translation: {name2}. Lea esta historia en español.",
        "Editor's note: {name} serves on the library board and did not take part in editing this article.",
        "Follow {name} on Bluesky: @{handle}",
    ],
    headlines: &[
        "Bake sale raises $3,200 for new fire department defibrillator",
        "Town clerk retires after 31 years; deputy named acting replacement",
        "Robotics club from Quarry Hill High earns spot in state finals",
        "Planning commission delays vote on downtown apartment complex again",
        "Remembering Dot Kessler, who ran the lunch counter at Harmon's Pharmacy for four decades",
        "Water main break closes stretch of Mill Road until Friday",
        "Letters: Readers weigh in on the proposed dog park",
        "Farmers market moves to Saturdays, adds Sunday craft vendors",
    ],
    topics: &[
        "the school budget",
        "local elections",
        "housing costs",
        "the river cleanup",
        "rural broadband",
    ],
    names: &[
        "Marisol Quintero",
        "Tobias Lindqvist",
        "Aisha Okonkwo",
        "Hiroshi Tanabe",
        "Brendan Kavanagh",
    ],
    seed: 26,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a lifestyle and culture magazine.
const TUNE_27: Templates = Templates {
    teasers: &[
        "SHOP THE STORY: Ribbed cashmere crewneck, £245, at Maison Ardelle →",
        "Every piece here was chosen independently by the editors. Should you shop via one of these links, the magazine could receive a small affiliate fee.",
        "✨ Virgo, Mercury is finally out of retrograde — read your stars for the next seven days",
        "Quiz: Which autumn coat matches your personality? Take it in 60 seconds",
        "NEXT UP FROM THE FASHION DESK: {headline}",
        "Get the Sunday Edit — our favourite finds, beauty launches and cultural picks, sent each Sunday morning. Join 200,000 readers",
        "Try the print edition: 3 issues for £5, plus a limited-edition tote. Offer ends Friday.",
        "In partnership with Lumiere Skin | Paid content",
        "The 12 best trench coats under £200, road-tested through a wet fortnight by our style team",
        "Watch: {name} takes us inside her {city} studio (04:12)",
    ],
    forms: &[
        "Add to bag",
        "Select size: XS · S · M · L · XL — Only 2 left in stock!",
        "Sold out in this size — Email me when it's restocked",
        "Enter your birthday to unlock your personalised reading: DD / MM / YYYY",
        "Just one gift article remains on your March allowance 💌 Go unlimited with membership for £1 a week.",
        "Which look would you wear to a summer wedding? ○ The slip dress ○ The linen suit ○ The jumpsuit — Tap to pick yours",
        "Our pages set cookies plus a few tracking pixels to recall your settings, count visits and serve adverts that suit you. Customise settings | I'm happy with that",
        "Hmm, the quiz didn't load. Reload this page to have another go.",
        "Email address* Tick here to get offers and editorial mail about {topic}. One click in the footer stops them.",
        "Search beauty, runway, recipes…",
    ],
    navigation: &[
        "Home › Fashion › Trends › Autumn/Winter",
        "Fashion | Beauty | Culture | Living | Horoscopes | Shop | Subscribe",
        "1 / 24",
        "◀ Previous look  |  Next look ▶",
        "View all 38 images",
        "Pin it · Post to Threads · WhatsApp · Copy URL",
        "↑ Top",
        "CULTURE",
        "Jump to story",
        "▶ Play  ⏸  🔇  Fullscreen  CC",
    ],
    bylines: &[
        "By {name} | Photographs by {name2}",
        "Styling: {name2}. Hair: Tomasz Wierzba at Streeters. Make-up: Adaeze Okafor using Charlotte Tilbury.",
        "{name} is the magazine's senior fashion editor and lives in {city}, where she writes about {topic} and the business of luxury. Her Instagram: @{handle}",
        "Photography: {name2} for the magazine",
        "Published 14 March 2024, 7:00am GMT · Last edited 09:42",
        "Set design by Ilse Marquardt; casting by {name}",
        "English translation: {name2}.",
        "Think we got a detail wrong? Drop a note to our standards desk, quoting the URL, and we'll review it.",
    ],
    headlines: &[
        "The quiet luxury backlash is here, and it's wearing leopard print",
        "Inside the Copenhagen apartment where every chair tells a story",
        "Why everyone is suddenly growing their fringe out",
        "The 23 most anticipated novels of the autumn",
        "She quit her corporate job to grow dahlias. Now florists queue at dawn for them",
        "Met Gala 2024: every look from the red carpet, ranked",
        "Is the skinny jean really coming back? We asked five denim designers",
        "A weekend in Lisbon, as told by a ceramicist who never leaves her neighbourhood",
    ],
    topics: &[
        "sustainable fashion",
        "skincare",
        "menswear",
        "interior design",
        "vintage shopping",
    ],
    names: &[
        "Margaux Villeneuve",
        "Kemi Adeyinka",
        "Sora Matsumura",
        "Lucía Echeverría",
        "Dev Khanna",
    ],
    seed: 27,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a science and health publisher.
const TUNE_28: Templates = Templates {
    teasers: &[
        "Study cited: Okafor et al., “Sleep fragmentation and amyloid clearance in adults over 60,” Lancet Neurology, 2024. Read the full paper (open access) →",
        "🎙️ Out now on The Second Opinion podcast — {name} explains why {topic} trials keep failing in phase III. Listen now — 38 min",
        "FREE WEBINAR | Thursday, 7 p.m. ET: “What the new guidelines on {topic} mean for your family.” Save your seat",
        "Related: {headline}",
        "Get the Pulse Check newsletter — the week's most important health research, translated into plain English. Every Friday.",
        "Subscribers to our Journal Digest get early access to embargoed studies and a monthly Ask-the-Doctor session.",
        "MORE ON {topic}: How to read a clinical trial headline without getting fooled",
        "Sponsored by Halvera Diagnostics · Partner content: Is your home blood-pressure cuff lying to you?",
        "Our science journalism is free to read because 41,000 readers fund it. Back evidence-based health reporting from $3/month.",
        "Most read this week: 1. {headline} 2. The supplement aisle's quiet recall problem 3. Why your knees hurt before it rains",
    ],
    forms: &[
        "Have a question about {topic}? Send it to our medical team. Your name (optional) · Email · Question (max 500 characters) · Submit",
        "This content is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment. Always consult your physician.",
        "Meter: 3/4 free reads left in March. Register at no cost and keep following the research behind the headlines.",
        "This site stores cookies for analytics and ad delivery. We never sell data about the conditions you read about. Allow all | Choose settings",
        "QUICK VOTE: Would you enrol in a clinical trial if your doctor recommended it? ○ Yes ○ No ○ Depends on the risks — Vote",
        "Search symptoms, conditions, studies…",
        "Sorry, the audio player failed to load. Reload, or search “The Second Opinion” in your podcast app.",
        "Thanks! Your question has been received. Our reviewers answer a selection of reader questions each month; we cannot give individual medical advice.",
        "🔖 Log in to bookmark this study summary",
        "We've switched off reader comments on stories about medication dosing. If you're experiencing a medical emergency, call your local emergency number.",
    ],
    navigation: &[
        "Home › Health › Conditions › {topic}",
        "News | Research | Nutrition | Mental Health | Ageing | Podcasts | Webinars",
        "← Previous study   |   Next study →",
        "Share this study: WhatsApp · Bluesky · LinkedIn · Reddit · 🔗",
        "▶ Play  ⏸  0:00 / 24:17   1x   🔊   Transcript",
        "Jump to: Key findings · What the study didn't show · What experts say · References",
        "Back to top ↑",
        "MEDICINE",
        "Page 2 of 3",
    ],
    bylines: &[
        "By {name}, Senior Health Correspondent",
        "Medically reviewed by Dr. {name2}, MD, board-certified internist — Last reviewed 12 March 2024",
        "{name} covers neuroscience and public health. Before journalism she spent six years as a research nurse in {city}. On social: @{handle}.",
        "Illustration: {name2} for the Science Desk; data: CDC WONDER",
        "Fact-checked by {name2}",
        "{city} — Updated 2 hours ago",
        "Correction, 4 June: An earlier version of this article misstated the sample size of the trial. It was 1,412 participants, not 14,120. Report inaccuracies to the standards editor.",
        "Our reporting here was backed by a health-journalism fellowship. Funders have no say over our editorial content.",
        "Traducción: {name}. English version edited by {name2}.",
    ],
    headlines: &[
        "Wastewater Samples Show Early Spike in Norovirus Across Three States",
        "Common Antacid Linked to Higher Fracture Risk in Older Women, Registry Study Finds",
        "Why Some People Never Catch a Cold: Researchers Look to the Nose",
        "FDA Advisers Vote Against Approval of Experimental ALS Drug",
        "Deep-Sea Microbes Produce Oxygen in the Dark, Puzzling Scientists",
        "Hospitals Quietly Cut Night-Shift Pharmacists as Staffing Crisis Deepens",
        "Is Intermittent Fasting Safe for Teenagers? Pediatricians Are Divided",
        "Webb Telescope Spots Water Vapour Around a Rocky Planet 40 Light-Years Away",
    ],
    topics: &[
        "type 2 diabetes",
        "long COVID",
        "gut microbiome",
        "childhood vaccines",
        "migraine treatment",
    ],
    names: &[
        "Adaeze Okonkwo",
        "Rafael Quintero",
        "Tomasz Wierzbicki",
        "Henrik Solberg",
        "Priya Raghunathan",
    ],
    seed: 28,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): an English-language daily of South Asia.
const TUNE_29: Templates = Templates {
    teasers: &[
        "Also read: {headline}",
        "ALSO READ | Provincial cabinet okays fresh package for {topic}",
        "Read today’s E-Paper — all pages of the Lahore, Karachi and Islamabad editions, free for subscribers",
        "Get the day’s top stories on {topic} delivered to your WhatsApp — tap to join our channel 📲",
        "Prayer Timings: Fajr 5:12 · Zuhr 12:08 · Asr 3:41 · Maghrib 5:37 · Isha 6:59",
        "Open Market Rates — USD 278.40 ▲ | GBP 352.10 ▼ | SAR 74.15 | AED 75.80",
        "Sponsored: Book your Umrah package before prices rise — instalments available",
        "Editorial: {headline}. Read our view on the opinion pages.",
        "Watch | Our correspondent reports from {city} on {topic} (3:42)",
        "Join us on Facebook & X — stay updated with every development from the provinces, round the clock.",
    ],
    forms: &[
        "Note: Reader comments go live only after review by the moderation desk. Kindly refrain from personal attacks, abusive language and sectarian remarks.",
        "Your comment must not exceed 600 characters.",
        "Name*  Email*  — (we never display your email; starred boxes are compulsory)",
        "Post Comment",
        "Sign in using the mobile number linked to your subscription to open the E-Paper. Enter OTP:",
        "Only 1 complimentary story left before the meter resets. Go digital for just Rs 299/month.",
        "Select City ▾ Karachi | Lahore | Islamabad | Peshawar | Quetta — prayer times could not be loaded, please try again.",
        "Today’s Poll — Will the new budget bring relief to salaried classes? ○ Yes ○ No ○ Can’t say  [Vote]",
        "Find an old issue — pick date from calendar 📅  Go",
        "This portal saves browsing preferences in your browser so that ads and stories suit you better. Carrying on means consent. Got it",
    ],
    navigation: &[
        "Home › Pakistan › Punjab",
        "Home | National | Sindh | Punjab | KP | Balochistan | Markets | Cricket | Editorials | Epaper",
        "Karachi Edition  ·  Lahore Edition  ·  Islamabad Edition",
        "◀ Older Post   Newer Post ▶",
        "Share: Facebook | Twitter | WhatsApp | Email | Print",
        "Go Up ↑",
        "Page 1 of 3  ›  »",
        "Newspaper > Back Page",
        "TOPICS: {topic}",
        "Latest · Most Popular · Most Commented",
    ],
    bylines: &[
        "Our Staff Reporter",
        "ISLAMABAD: — Our Correspondent",
        "{name} | {city} | Published 06:40 am, last modified 07:15 am",
        "{name} — Special Correspondent",
        "Photo: APP / File",
        "The contributor served as an ambassador and now lectures on international relations at a private university. Email: {handle}@gmail.com",
        "Reporting by {name}; additional input from {name2} in {city}",
        "Agencies | Updated on: Tuesday, 9:47 PM PKT",
        "Appeared in newspaper, June 14th, 2024",
    ],
    headlines: &[
        "SBP holds policy rate steady at 22pc for third consecutive meeting",
        "Heatwave grips Sindh as mercury touches 49°C in Jacobabad",
        "PCB names new selection committee ahead of New Zealand series",
        "Dhaka traffic: city planners push for bus rapid transit expansion",
        "Gas loadshedding schedule announced for domestic consumers in twin cities",
        "Matric results: girls outshine boys in Faisalabad board",
        "Indian monsoon arrives in Kerala three days ahead of schedule",
        "CDA launches anti-encroachment drive in G-9 sector markets",
    ],
    topics: &[
        "load-shedding",
        "petrol prices",
        "the federal budget",
        "polio vaccination",
        "wheat procurement",
    ],
    names: &[
        "Faisal Qureshi",
        "Nusrat Jahan",
        "Ravi Menon",
        "Ayesha Baloch",
        "Tahir Hamdani",
    ],
    seed: 29,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a humanitarian news portal.
const TUNE_30: Templates = Templates {
    teasers: &[
        "Situation report on {topic} — download as PDF (1.84 MB)",
        "📄 Attachments: Flash Update No. 7 – English version (PDF | 612.3 KB) · Version française (PDF | 640 KB)",
        "Latest jobs: Protection Officer (P-3), {city} — deadline 14 Mar → see all 2,311 vacancies",
        "Training: Online course “Cash and voucher assistance in crisis settings” – registration closes Friday. Apply now",
        "More reports on {topic}",
        "Get the Humanitarian Dashboard for {city} — interactive map, funding gaps and 3W data, updated weekly.",
        "Featured appeal: {headline}",
        "Help us keep field reporting free. Eight euros a month funds one day of verified updates from crisis zones. Donate »",
        "Listen: our weekly briefing podcast, “Field Notes”, with {name} on {topic} — 24 min",
        "Explore the interactive storymap ▸",
    ],
    forms: &[
        "Subscribe to updates on this country: ☐ Daily digest ☐ Weekly digest ☐ Headlines only — Email ▸",
        "Follow {city}: you will receive an alert each time a new report, map or job is posted for this location.",
        "You are now following {topic}. Manage your alerts in My account › Subscriptions.",
        "Filter by: Source | Format (Situation Report, Map, Assessment, Appeal) | Theme | Language | Date ▾",
        "No documents match your search. Try removing some filters or broadening the date range.",
        "Bookmarking reports requires a free ReliefNet profile. Sign in · Join",
        "Cookie notice: we count which reports get read, nothing more. Consent can be withdrawn later via Privacy settings. [Accept] [Only necessary]",
        "Did this update help your work? 👍 / 👎",
        "Search reports, maps and jobs…",
        "Map viewer failed to start — use the static PDF attached below instead.",
    ],
    navigation: &[
        "Home › Countries › Sudan › Updates",
        "Updates | Countries | Disasters | Organizations | Topics | Jobs | Training",
        "Format: Situation Report · Source: OCHA · Theme: Coordination, Food and Nutrition · Language: English",
        "« Previous report  |  Next report »",
        "Showing 1–20 of 4,508 results  ‹ prev · 1/226 · next ›",
        "Share this: LinkedIn | WhatsApp | FB | 🔗 | 🖨",
        "Jump to report text",
        "Country: South Sudan, Uganda | Disaster: Flood – Jul 2024",
        "↑ Top ↑",
        "Primary country",
    ],
    bylines: &[
        "Source: World Food Programme — Posted 3 Jun 2024 · Originally published 31 May 2024",
        "This report was produced by the Office for the Coordination of Humanitarian Affairs in collaboration with humanitarian partners. It covers the period 12–19 April.",
        "Map credits: base data from national authorities; boundaries are not official. The designations employed do not imply endorsement. Map produced by {name}, GIS Unit, {city}.",
        "For further information, please contact: {name}, Public Information Officer, {handle}@un.org, +41 22 917 1234",
        "Photo: UNICEF/{name}",
        "By {name} and {name2} | {city}",
        "Unofficial English translation by {name2}; the Spanish text is authoritative.",
        "Correction (5 Feb): the figure for displaced households in the northern district was misstated in the first release and is now fixed.",
        "{name} works as a humanitarian affairs officer on {topic}. She tweets at @{handle}",
    ],
    headlines: &[
        "Cholera cases double in coastal provinces as rainy season begins",
        "WFP forced to halve rations for 1.3 million refugees amid funding shortfall",
        "Earthquake survivors in mountain villages still without shelter six weeks on",
        "Locust swarms threaten spring harvest across the Horn of Africa",
        "UN calls for safe passage as fighting closes last border crossing",
        "Desert Locust Bulletin No. 544: situation remains calm in winter breeding areas",
        "Mid-year review: only 31% of global humanitarian appeal funded",
        "Measles vaccination campaign reaches 400,000 children in remote districts",
    ],
    topics: &[
        "food insecurity",
        "internal displacement",
        "cholera response",
        "flood preparedness",
        "refugee protection",
    ],
    names: &[
        "Amina Okafor",
        "Tomás Echeverría",
        "Leila Haddad",
        "Sven Lindqvist",
        "Priya Raghunathan",
    ],
    seed: 30,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a newsletter and blogging platform.
const TUNE_31: Templates = Templates {
    teasers: &[
        "Recommended by {name}: “The Long Quiet”, a weekly letter on {topic} that I read before anything else on Sunday mornings →",
        "Somebody forward you this? Grab your own copy of the next one — it's free, and 41,000 people already do.",
        "Want the rest? Try a week of paid access on us",
        "📬 New from {name2}: {headline}",
        "Pledge your support — {name} isn't charging yet, but you can pledge a future subscription so they know this work is worth paying for.",
        "🎧 Hear the whole episode by starting a trial. Paying readers also get every back episode and the monthly AMA.",
        "Reading on your phone? Our app keeps posts, chats and audio together, and it's much nicer.",
        "Last week in these pages: {headline} (and yes, I still think I was right)",
        "Founding member: $250/year. Includes a signed zine, a call with me, and my eternal gratitude.",
        "Discover more from {name}’s notebook ⟶ Start reading",
    ],
    forms: &[
        "you@example.com   Join free",
        "Members-only post. Paying already? Log in to read on",
        "Only paying members can reply to this one — upgrade to join the thread.",
        "Pledge $6/month · Pledge $60/year · Other amount",
        "You’re on the free tier for {topic} letters. Go paid for every back issue, the threads and the weekly chat.",
        "Couldn't load replies right now. Retry",
        "Check your email — we sent a magic link to finish signing in.",
        "Quick vote — next deep dive on {topic}? Yes / No / Surprise me — 1,284 votes · Voting ended",
        "Let me read it first",
        "Been here before? Log in again · Subscribing confirms you’ve read our Terms, Collection Notice and Privacy Policy.",
    ],
    navigation: &[
        "Posts · Notes · Chat · Podcast · About",
        "♡ 312 · 💬 47 · ↻ 19 · Share",
        "Restack",
        "← Previous  |  Next →",
        "Share  ·  Copy URL  ·  Facebook  ·  Email  ·  Notes  ·  …",
        "Top  Latest  Discussions",
        "View in the app ↗",
        "1× ▶︎ 0:00 / 38:12 ⋯ Transcript",
        "Jump to main post",
        "{name}'s Newsletter › Archive › Essays",
    ],
    bylines: &[
        "{name} and {name2}",
        "Mar 14 ∙ Paid",
        "{name} writes about {topic}, cities and the people who hold them together. Based in {city}, alongside a stubborn cat and far too many notebooks.",
        "Today's guest writer is {name2}, a former reporter who now runs a small press in {city}. Say hi on Notes: @{handle}.",
        "Art: {name2} for this letter",
        "Written by {name} · 11 min read",
        "Update 14 June: my first draft had the council vote on the wrong day; it's fixed now. Thanks to the eagle-eyed readers who wrote in.",
        "Know something I should? Hit reply, or write privately to {handle}@protonmail.com — every message gets read.",
        "{name2} did the English translation; the Portuguese version ran first in Lisbon’s Público",
    ],
    headlines: &[
        "The Quiet Collapse of the Mid-Sized College Town",
        "Why I Stopped Writing About Productivity (And What I Do Instead)",
        "A Field Guide to the Fungi Growing in My Bathroom",
        "Notes on a Scandal That Nobody Seems to Care About",
        "Inside the Strange Economics of Bulk Frozen Shrimp",
        "What My Grandmother's Recipe Box Taught Me About Grief",
        "The Ferry Schedule Is a Love Letter, If You Read It Closely",
        "Everything You Were Told About Sourdough Starters Is Slightly Wrong",
    ],
    topics: &[
        "local politics",
        "climate adaptation",
        "independent bookstores",
        "chess history",
        "labor organizing",
    ],
    names: &[
        "Marisol Quintero",
        "Tobias Lindqvist",
        "Adaeze Okonkwo",
        "Hiroshi Tanabe",
        "Priya Raghunathan",
    ],
    seed: 31,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a portal syndicating many publishers.
const TUNE_32: Templates = Templates {
    teasers: &[
        "Story continues below advertisement",
        "▶ Watch next: {topic}, explained in under two minutes",
        "Trending now on Portal News: {headline}",
        "Keep reading at The {city} Ledger »",
        "Sponsored · 7 gadgets selling out before the holidays (No. 4 is genius)",
        "Install the Daybreak Digest app — headlines from 400+ publishers, sorted by your habits. It's free",
        "RELATED: {headline}",
        "Ad • Homeowners in {city} are ditching the grid with this $1 solar plan. See if your ZIP qualifies.",
        "✚ Follow {topic} for updates in your feed",
        "Popular in News: 1. {headline} 2. Markets slide as bond yields jump 3. Rare comet visible this weekend",
    ],
    forms: &[
        "Did you find this useful? 👍 👎",
        "How does this article make you feel? 😮 Wow · 😢 Sad · 😡 Angry · 😂 Funny · ❤️ Love",
        "Thanks for letting us know — we'll tune your picks.",
        "Search the web…",
        "Trending searches: {topic} | mortgage rates today | lottery results | {city} weather",
        "Hmm, reactions aren't showing up. Give it a minute and reload.",
        "Log in to keep a reading list and pick up where you left off on any device.",
        "Enter ZIP code or city for local weather",
        "The publisher has disabled comments on this story.",
        "Tell us why: ☐ Not interested in this topic ☐ Seen too often ☐ Offensive or misleading ☐ Other",
    ],
    navigation: &[
        "Portal › Headlines › International",
        "News | Sports | Finance | Entertainment | Lifestyle | Weather | Video",
        "Dow Jones 38,912.44 ▲ +0.61%  ·  Nasdaq 16,041.62 ▼ −0.12%  ·  FTSE 100 7,684.30 ▲ +0.08%",
        "{city} 18°C ☁ Hi 21° Lo 12°",
        "‹ Prev   |   Up next ›",
        "↗ WhatsApp · Facebook · Mail · Link",
        "Top ↑",
        "Topics",
        "Skip ahead ⤵ story body",
        "1 of 12 ‹ ›  Expand gallery",
    ],
    bylines: &[
        "Content from The {city} Herald",
        "{name}, Associated Wire Service",
        "Story by {name} and {name2} • 4h ago",
        "© 2024 Daily Record Media Group. All rights reserved. Distributed by Portal Syndication.",
        "Photo: {name} / Getty Images",
        "This article originally appeared on Coastline Today. Read the original here.",
        "{name} writes about {topic} on the national desk. Email {handle}@heraldwire.com or message @{handle}.",
        "Updated March 14, 2024 at 6:42 PM · Reading time: 5 min",
        "{name} reported from {city}. {name2} contributed edits.",
    ],
    headlines: &[
        "Grandmother, 84, finishes first marathon holding her late husband's watch",
        "Airline quietly drops free carry-on rule for basic economy fares",
        "Scientists find 'lost' river system buried under Antarctic ice",
        "Town council bans leaf blowers after two-year noise fight",
        "Why your electricity bill may jump 18% this winter",
        "Last-gasp header puts fourth-tier minnows in cup final",
        "Recall issued for 2 million slow cookers over burn risk",
        "Celebrity chef opens restaurant where every dish costs $5",
    ],
    topics: &[
        "housing prices",
        "the climate summit",
        "college football",
        "artificial intelligence",
        "food recalls",
    ],
    names: &[
        "Marisol Ortega",
        "Kwame Asante",
        "Ingrid Halvorsen",
        "Rohan Mehta",
        "Yuki Tanabe",
    ],
    seed: 32,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a public radio and podcast network.
const TUNE_33: Templates = Templates {
    teasers: &[
        "🎧 The whole 50-minute conversation on {topic} is up now — Weekend Crossroads, ep. 88",
        "Adapted for the web from The Long Hour. Hit follow so Tuesday's drop shows up automatically.",
        "Reporting like this stays free because listeners chip in. Give $8/month — the insulated tote ships free →",
        "LISTEN ON: Apple Podcasts · Spotify · Pocket Casts · RSS",
        "Related listening: {headline} · 42:10",
        "Want more? {name}'s Daybreak Notes arrives by email at dawn, weekdays only.",
        "Only 3 days left in our fall member drive! Every gift is matched, dollar for dollar, until midnight Sunday.",
        "Support comes from Harbourline Credit Union — member-owned in the Skagit basin since 1952.",
        "Ask your smart speaker to “play WKVR” and hear us live, any time.",
        "Binge all 12 parts: “Down the Line,” a WKVR investigation into {topic}",
    ],
    forms: &[
        "Enter your ZIP code to find your local station",
        "Sustaining members: sign on once, then listen with zero sponsor breaks.",
        "Sorry — due to rights restrictions, this stream can't play outside the U.S.",
        "Transcripts are machine-generated within 24 hours of broadcast and may contain errors. Please check the audio before quoting.",
        "Choose an amount: $5 / $10 / $15 / $25 / Other — Make it monthly ☐",
        "Curious about {topic}? Record a voice memo (under 60 seconds) for Thursday's call-in hour and upload it here.",
        "Email address *   Yes, send me the weekly program guide   SUBSCRIBE",
        "We rely on cookies to tally listeners and keep the player working. Settings · OK",
        "Playback error. Tap to retry.",
        "Search episodes, hosts, stations…",
    ],
    navigation: &[
        "News › Science › {topic}",
        "◀◀ 15   ▶ Play   15 ▶▶   1x",
        "Live Radio  Shows  Podcasts  Schedule  Donate",
        "00:00 / 47:12",
        "Episode 214 of 389  ‹ Previous | Next ›",
        "Skip to player",
        "Download MP3 · Embed · Share",
        "« All episodes",
        "Now playing: All Things Local with {name}",
    ],
    bylines: &[
        "Host: {name} — Producer: {name2} — Editor: Carmen Ibsen",
        "Additional reporting in {city} by {name}.",
        "Audio engineering by Theo Aldana; our theme music is by The Quarry Strings.",
        "Copyright © 2024 Tidewater Public Media. This transcript may be updated and is not the authoritative record; the audio is.",
        "{name} reports on {topic} at WKVR. Reach out on Signal or at {handle}@wkvr.org.",
        "Photo: {name2} for WKVR",
        "Correction: In the original broadcast, we misstated the year the bridge opened. It was 1987.",
        "By {name} | Published 5:14 AM ET · Updated 9:02 AM ET",
    ],
    headlines: &[
        "Why a tiny Vermont choir became an internet sensation",
        "State lawmakers weigh trimming money for internet lines to farm towns",
        "Meet the beekeepers keeping city rooftops buzzing",
        "Drought forces ranchers to sell herds early",
        "A jazz pianist, a stroke, and the long road back to the keys",
        "Court rules county ballot drop boxes can stay",
        "Scientists map the seafloor where a lost freighter sank in 1913",
        "Commuter rail fares rise 6% starting in January",
    ],
    topics: &[
        "climate and water",
        "the housing crunch",
        "local elections",
        "mental health",
        "school funding",
    ],
    names: &[
        "Marisol Quintero",
        "Declan Foley",
        "Amara Okonkwo",
        "Jun Takahashi",
        "Ingrid Solberg",
    ],
    seed: 33,
};

/// Eighteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a fact-checking organisation.
const TUNE_34: Templates = Templates {
    teasers: &[
        "Seen a viral post about {topic} that doesn’t add up? Forward it to our WhatsApp tipline and we’ll look into it.",
        "RELATED CHECK: We rated a similar claim about {topic} “Mostly False” last spring →",
        "Our verdict-of-the-week digest lands every Friday morning. Five checks, zero spin. Subscribe free",
        "We don’t take money from political parties or governments. If you value independent verification, back us with £3 monthly.",
        "🎧 Checked Out, ep. 112: how a doctored chart about {topic} fooled three ministers",
        "Full explainer ▸ {headline}",
        "Most shared checks this week\n1. No, the ballots were not printed abroad\n2. That flood video is from 2019\n3. Half-true: the pension figures",
        "Try our free online course on spotting manipulated images — six short lessons, certificate included.",
        "Become a Fact Defender: members see our annual state-of-misinformation report a week early.",
        "Want the evidence behind every rating? Download the source sheet (PDF, 214 KB)",
    ],
    forms: &[
        "Submit a claim to check\nWhere did you see it? [ Social media ▾ ]\nPaste the link or describe the claim *\nSend for review",
        "Thanks! Your claim has been logged. We can’t answer every submission, but our desk reads them all.",
        "Did this check help you? 👍  👎",
        "We’ll only use your email to tell you whether your claim gets checked. Starred fields are mandatory",
        "Our site sets cookies that tally which checks get read and shared. Accept analytics | Essential only | Settings",
        "Search 11,400+ fact-checks by claim, person or rating",
        "Claim tracker unavailable — reload, or come back shortly.",
        "Spotted an error in this check? Request a correction",
        "Members: log in and bookmark ratings and follow claims about {topic}",
        "File upload failed: screenshots must be JPG or PNG and under 10 MB.",
    ],
    navigation: &[
        "Home › Fact-checks › Health › {topic}",
        "Fact-checks | Explainers | Methodology | Who funds us | Tipline | Corrections",
        "Filter by rating: All · True · Mostly True · Half True · Misleading · False · Pants on Fire",
        "← Previous check   Next check →",
        "Share this verdict: WhatsApp · Telegram · X · Facebook · 🔗",
        "Showing checks 21–40 (760 total)",
        "Jump to verdict",
        "Return to claim tracker ↑",
        "EN | ES | FR | عربي",
        "Viral claims",
    ],
    bylines: &[
        "Fact-check: {name}. Editing: {name2}",
        "Research: {name} · Second review: {name2} · Published {city}, updated 14:20 GMT",
        "{name} checks claims on {topic} for our desk and previously crunched numbers on a regional paper’s data team. Tips to @{handle}.",
        "Correction (3/6): We originally gave 2021 as the survey date; it was carried out in 2020. Our rating stands.",
        "This check was produced under our contract with Meta’s third-party fact-checking programme. Read how that works.",
        "Image: screenshot of the claim as it circulated on Facebook, annotated by our team",
        "Versão original em português; English adaptation: {name2}",
        "Every check is reviewed by at least two editors before publication. See our methodology and funding disclosure.",
        "We are a verified signatory of the IFCN Code of Principles.",
    ],
    headlines: &[
        "No, drinking hot water does not kill the virus in your throat",
        "Video of ‘collapsing bridge’ was filmed in another country four years ago",
        "Fact-check: Was crime really down 40% since the new mayor took office?",
        "Minister’s claim about teacher salaries lacks context",
        "That quote attributed to Einstein? He never said it",
        "Rising sea levels: what the satellite data actually shows",
        "Photo of crowded stadium is digitally altered, experts confirm",
        "Misleading: Energy bill comparison leaves out half the tariffs",
    ],
    topics: &[
        "vaccine safety",
        "election fraud claims",
        "migration statistics",
        "climate data",
        "food prices",
    ],
    names: &[
        "Marisol Quintero",
        "Oluwaseun Adeyemi",
        "Katrin Vahtra",
        "Rohan Deshpande",
        "Liam O'Sullivan",
    ],
    seed: 34,
};

/// Nineteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a regional security and conflict news site.
const TUNE_35: Templates = Templates {
    teasers: &[
        "DOSSIER | Everything we have published on {topic}, from the first reports to this week’s briefings →",
        "Casualty tracker: figures are compiled from hospital records, local officials and our own correspondents and are updated every 24 hours. View the interactive map",
        "Read next: {headline}",
        "Readers — not governments, not parties — pay for the reporting you see on {topic}. Chip in from $5 a month so the field desk stays open.",
        "🎧 Frontier Brief, ep. 112 — {name} and {name2} unpack the week on {topic}. Streaming on Spotify, Apple and our app.",
        "KEY DEVELOPMENTS ▸ Talks adjourned without a joint statement ▸ Freight resumes at main checkpoint ▸ Relief trucks arrive in district centre",
        "Archive, 2014: how the last truce over {topic} came together — and why it fell apart",
        "Each Tuesday, the Regional Security Digest lands in your inbox: maps, data and analysis on {topic}.",
        "Sponsored · Humanitarian logistics in high-risk corridors: a partner briefing",
        "Open interactive map ⟶ incidents logged over 30 days, filterable by province and type",
    ],
    forms: &[
        "Get SMS or email warnings when incidents are logged near {city}:",
        "Subscribe",
        "Free analyses remaining: 1. Create an account — no charge — and your allowance renews on the 1st.",
        "This map cannot be displayed. Please allow third-party content or open it in a new window.",
        "Embedded maps and readership statistics need cookies to work. Accept | Reject | Settings",
        "POLL: Should regional governments publish official casualty figures weekly? ○ Yes ○ No ○ Don’t know — Cast vote",
        "Data temporarily unavailable. The tracker will refresh automatically.",
        "Discussion on this report is paused owing to the volume of submissions. Moderation policy ›",
        "Search reports, dossiers, analysts…",
        "Already a supporter? Sign in to hide donation messages.",
    ],
    navigation: &[
        "Home › South Asia › Security › {topic}",
        "Regions | Afghanistan | Pakistan | Kashmir | Central Asia | Data | Dossiers | About",
        "← Previous briefing | Next briefing →",
        "Share ✉ | Telegram | Signal | WhatsApp | 🔗",
        "Skip to main content",
        "Page 2 of 5",
        "▲ Back to top",
        "CONFLICT MONITOR",
        "＋ / − / Reset view / Full screen",
    ],
    bylines: &[
        "By {name}, Regional Correspondent | {city}",
        "{name} is a senior analyst covering border security and militancy in Central Asia. On X: @{handle}",
        "Map: {name2} / Conflict Monitor data team. Base layer © OpenStreetMap contributors",
        "Translated from Dari and Pashto by {name2}.",
        "Photo: {name} for the Conflict Monitor",
        "{name2} contributed from {city}. Editing: {name}.",
        "Is something in this report wrong? Send the link and the disputed sentence to our corrections desk.",
        "Last updated: 09:45 local time",
        "Graphics by {name}",
    ],
    headlines: &[
        "Drought forces herders to sell livestock early as pasture shrinks across the steppe",
        "Why a railway across the Pamirs keeps stalling",
        "Flash floods cut highway link between two provinces; hundreds stranded",
        "Cricket selectors appoint former opener as head coach before home series",
        "Opium cultivation figures: what the new survey does and does not show",
        "Regional bloc foreign ministers meet in {city}, agree to revive trade working group",
        "Villages downstream told to prepare for possible glacial lake outburst after unusual melt",
        "Interview: a former negotiator on what both sides got wrong in the last round of talks",
    ],
    topics: &[
        "border ceasefire talks",
        "cross-border water disputes",
        "displacement in the tribal districts",
        "militant attacks on highways",
        "refugee returns",
    ],
    names: &[
        "Farida Noorzai",
        "Arjun Menon",
        "Dilnoza Karimova",
        "Tomas Lindqvist",
        "Bilal Siddiqui",
    ],
    seed: 35,
};

/// Nineteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a celebrity and entertainment site.
const TUNE_36: Templates = Templates {
    teasers: &[
        "📸 GALLERY: Every jaw-dropping look from last night's {topic} red carpet — swipe through all 47 pics",
        "DON'T MISS ➜ {name}'s ex breaks silence in bombshell sit-down",
        "Want the goss first? Join our WhatsApp channel 💬 — we'll only message you when it's juicy",
        "Read more: {headline}",
        "WATCH: {name2} storms off stage in {city} (video autoplays with sound off)",
        "Get the app! Tap the 🔔 for {topic} pings the second news drops",
        "Grab our free Showbiz Bulletin for exclusive interviews, spoilers and all the stars' secrets delivered Monday–Friday, 6pm.",
        "PROMOTED | These celeb-approved skincare buys are selling out fast — prices from £8",
        "MORE FROM SHOWBIZ",
        "Got a celeb story? Email tips@ or WhatsApp us in confidence — we pay for exclusives 💰",
    ],
    forms: &[
        "POLL: Who wore it better? 👗 {name} ▢ {name2} ▢ — Vote now to see results",
        "Cheers for your vote! 62% of readers agree with you.",
        "You've already voted in this poll.",
        "Enter email *  [ I'm in! ]  By ticking this box you're happy to get marketing emails from us. Unsubscribe any time.",
        "🍪 Us and 187 ad partners drop tiny trackers on this gadget so the ads you see suit you. Sounds good | Pick settings",
        "Commenting is disabled here for legal reasons.",
        "Got an opinion? Sign in and chat. Posting as {handle} · Not you?",
        "Sorry, this clip can't be played where you are.",
        "Search stars, shows, stories…",
        "Hmm, these pics are taking ages. Try reloading the page?",
    ],
    navigation: &[
        "Home › Showbiz › Celebrity News › {topic}",
        "TV & Soaps | Royals | Reality | Music | Fashion | Puzzles",
        "Next image ▶",
        "Photo 3 of 22",
        "f  𝕏  🔗  WhatsApp  ✉️  Pass it on",
        "▲ TOP",
        "⏸ Pause · 🔇 Unmute · ⛶ Fullscreen · Next video starting… 5",
        "Show me more ↓",
        "← Previous: {headline}",
        "SHOWBIZ",
    ],
    bylines: &[
        "By {name}, Showbiz Correspondent",
        "{name} and {name2} | Published 18:42, 14 Feb | Updated 21:05",
        "Image: {name2}/Getty Images for Netflix",
        "{name} writes about reality telly, soaps and the royals for the entertainment desk. DM her on Insta @{handle}",
        "Pictures: BACKGRID / Splash News",
        "{name2} contributed from {city}",
        "Got a showbiz story? Contact {name} at {handle}@showbizdesk.news or call our tips line.",
        "📷 Instagram/@{handle}",
    ],
    headlines: &[
        "Soap legend quits after 23 years as bosses plan explosive exit storyline",
        "Pop star's mum reveals she 'had no idea' about secret wedding until she saw it online",
        "Villa sweethearts confirm they've called it quits just weeks after lavish Ibiza vow renewal",
        "Chart-topper cancels remaining tour dates citing 'exhaustion' as fans demand refunds",
        "Hollywood actor, 71, unrecognisable as he steps out with ponytail and walking cane",
        "Dancing show pro 'furious' at judges' scores as row erupts backstage",
        "Inside the £12m Cotswolds mansion where TV chef hosts famous friends",
        "Love Island star hits back at trolls after mocking comments over holiday snaps",
    ],
    topics: &[
        "awards season",
        "reality TV",
        "royal family",
        "soap spoilers",
        "celebrity weddings",
    ],
    names: &[
        "Kayleigh Brennan",
        "Tariq Osei",
        "Marisol Quintero",
        "Dev Kapoor",
        "Ingrid Halvorsen",
    ],
    seed: 36,
};

/// Nineteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a property and personal-finance site.
const TUNE_37: Templates = Templates {
    teasers: &[
        "Thinking of remortgaging? Plug your numbers into our repayment estimator and see what today's rates would cost you →",
        "RELATED: {headline}",
        "🏡 The Sunday Property Brief lands every weekend – new listings, price drops and the biggest sales around {city}. Free, every Sunday 7am",
        "Compare 4,000+ savings accounts side by side, no sign-up needed. Start comparing",
        "Listen: Episode 112 of The Deposit podcast — first-time buyers on why {topic} nearly broke them",
        "Sponsored by Harbourline Home Loans | Fixed rates from 4.19% (comparison rate 4.87%)*",
        "Most read in Property: 1. {headline} 2. Stamp duty holiday: what it actually saved buyers 3. Inside a £2.4m cottage with its own boathouse",
        "Explainer: {topic}, and whether it's worth it for you",
        "Open homes this weekend near {city} — 38 properties inspecting Saturday",
        "📲 Never miss a listing: the HomeHunt app pings you the minute a matching home goes live.",
    ],
    forms: &[
        "Loan amount: $ ____ Term (years): 25 ▾ Interest rate: 5.24 % [Calculate]",
        "Your estimated monthly repayment: £1,482.16 — This is an illustration only and not a mortgage offer.",
        "Free story limit reached (4/4 in March). Become a member for $1 per week — cancel anytime.",
        "Live rates are temporarily unavailable. Reload to retry.",
        "Enter a suburb, postcode or school zone",
        "Poll: Buying a home within 12 months? ◯ Definitely ◯ Maybe ◯ Already waiting on settlement — Vote",
        "We store cookies so listings match your searches and ads can be measured. Choose settings | Accept",
        "Add to shortlist ♡",
        "Log in for sold prices and your saved properties. New here? Register — it's free",
        "Discussion on this article has ended. Posts from {name} and other readers were moderated under our house rules.",
    ],
    navigation: &[
        "Home › Property › Market Insights › Mortgages",
        "Buy | Rent | Sold | New Homes | Commercial | Find Agents | Home Loans",
        "‹ Prev photo  7 / 24  Next photo ›",
        "SHARE ↗  Facebook  LinkedIn  ✉  🔗",
        "Back to results",
        "Jump straight to calculator",
        "« Newer   Older listings »   Listings 21–40 / 188",
        "MONEY / SUPER & RETIREMENT",
        "▲ Top",
    ],
    bylines: &[
        "By {name}, Property Editor",
        "{name} writes about personal finance, housing and {topic} and spent six years on the household debt beat. Follow her @{handle}",
        "Last modified Thu 14 Mar, 06:41 AEDT",
        "Photo: Supplied by McGrath Estate Agents",
        "General advice warning: This article contains general information only and doesn't consider your objectives, financial situation or needs. Think about independent financial advice before acting.",
        "{name2} in {city} also reported",
        "Found a factual error? Tell us: corrections@homesandmoney.news",
        "Rates quoted were accurate when published and may change. Some products featured may pay us a commission.",
    ],
    headlines: &[
        "Auction clearance rates slump to two-year low as buyers hold out for rate cut",
        "‘We offered $80,000 over asking and still lost’: inside the cut-throat market for family homes",
        "Council approves 900-unit tower on former tram depot site despite neighbour backlash",
        "How one couple paid off their mortgage in eight years — and what they gave up",
        "Landlords exit the market in record numbers as new tenancy laws bite",
        "Reserve Bank leaves cash rate on hold, warns inflation ‘still too high’",
        "Retired teacher's tiny seaside shack sells for triple its reserve",
        "Why your energy bill could jump by £300 this winter",
    ],
    topics: &[
        "offset accounts",
        "lenders mortgage insurance",
        "buy-to-let tax changes",
        "rentvesting",
        "shared ownership schemes",
    ],
    names: &[
        "Priya Ramaswamy",
        "Tomás Oyelaran",
        "Bridget Kowalczyk",
        "Hamish Takeda",
        "Leilani Brennan",
    ],
    seed: 37,
};

/// Nineteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a university or think-tank analysis site.
const TUNE_38: Templates = Templates {
    teasers: &[
        "📄 Policy brief — download PDF (1.2 MB): “{headline}”",
        "Register now: {name} joins us in {city} on 14 March for a panel on {topic}. Seats are limited — livestream available.",
        "Read more from our {topic} programme →",
        "This commentary is part of our series “Rethinking {topic}”. Read Part 3: {headline}",
        "🎧 New on The Policy Desk podcast: {name} and {name2} unpack {topic}. Episode 42, now streaming.",
        "Sign up for Insights, our Thursday digest — new research, events and expert analysis, every Thursday.",
        "Support independent research. Our work is funded by individuals like you. Make a tax-deductible gift today.",
        "Related working paper: {headline} (Discussion Paper No. 2024/17)",
        "Missed it? Replay our webinar with {name} ▶ 58 min",
        "Explore the data: interactive tracker on {topic}, updated monthly",
    ],
    forms: &[
        "Stay informed on {topic}\nEmail address*\nI agree to the privacy statement\nSign up",
        "Event registration — First name* Last name* Affiliation* Email* | Attending: ○ In person ○ Online",
        "Registration for this event is now closed. Please join the waiting list or watch online.",
        "Cite this publication: {name} (2024), “{headline}”, Policy Brief, Centre for Strategic Studies. Copy citation | Export to BibTeX | RIS",
        "Search publications, experts and events…",
        "Our website stores small files on your device to measure readership and keep your settings. Allow | Decline | Customise",
        "Your download will begin shortly. If it doesn't, click here.",
        "Thank you — your RSVP has been received. A confirmation email with the venue details is on its way.",
        "Media enquiries: complete the form below; the press office replies within one working day.",
        "Filter by: Type ▾ Region ▾ Programme ▾ Year ▾  Reset filters",
    ],
    navigation: &[
        "Home › Research › {topic} › Commentary",
        "Research | People | Publications | Events & Media | Who We Are | Donate",
        "« Previous in series   |   Next in series »",
        "Share: X · LinkedIn · Facebook · Email · Print",
        "▲ Top of page",
        "Jump to content",
        "Page 2 of 7",
        "Analysis & Commentary",
        "Series contents: I · II · III · IV · V",
        "Topics: {topic}, Governance, Europe",
    ],
    bylines: &[
        "{name} leads the Institute's work on {topic} as Senior Research Fellow. On X: @{handle}",
        "Opinions in this commentary belong solely to the writer and should not be attributed to the Institute, its trustees or its funders.",
        "By {name} and {name2} | 12 February 2024 | 11-minute read",
        "{name2} is a non-resident fellow based in {city}, where she researches {topic} and regional security. Before joining, she advised the Ministry of Foreign Affairs.",
        "Photo: Conference session in {city}. Credit: Institute Events Team / CC BY-NC 2.0",
        "German original; English translation: {name2}.",
        "Research assistance was provided by {name}. Parts of this analysis first ran in the Institute's quarterly journal.",
        "Expert contact: {handle}@institute-policy.org · tel. 020 3318 5560 (ext. 214)",
        "Correction, 3 April: A previous draft of this brief gave 2016, not 2015, as the date the agreement was signed.",
    ],
    headlines: &[
        "Why Central Banks Are Quietly Rethinking Their Gold Reserves",
        "Five Lessons From a Decade of Participatory Budgeting in Latin America",
        "The Arctic Council After 2022: Can Science Diplomacy Survive?",
        "Billions for Rural Internet, Little to Show: Fixing the Subsidy Model",
        "Water Scarcity and the New Geopolitics of the Nile Basin",
        "Are Teacher Shortages a Pay Problem or a Pipeline Problem?",
        "What Election Observers Missed in the Sahel",
        "Mapping Municipal Debt: A State-by-State Guide to Hidden Liabilities",
    ],
    topics: &[
        "climate finance",
        "nuclear nonproliferation",
        "migration policy",
        "digital governance",
        "fiscal federalism",
    ],
    names: &[
        "Ingrid Halvorsen",
        "Tunde Adeyemi",
        "Mariana Quispe",
        "Rohan Mehta",
        "Yuki Tanabe",
    ],
    seed: 38,
};

/// Nineteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a news app's mobile web view.
const TUNE_39: Templates = Templates {
    teasers: &[
        "📲 Looks sharper in our app — Open",
        "Heading underground? Save the {topic} briefing now and read it with no signal.",
        "Tap ＋ Follow on {topic} and we'll nudge you whenever there's a development",
        "ALSO ON YOUR PHONE: {headline}",
        "Finish this story in the app ›",
        "Next up, just swipe ←  {headline}",
        "{name}'s morning rundown is now an audio bulletin. Listen in under 5 minutes 🎧",
        "Trending on mobile right now → 1. {headline} 2. Weather alerts for {city} 3. Crossword",
        "Go Plus for ad-free reading on every device. First 30 days on us, cancel whenever.",
        "Bookmarks now sync between phone and tablet. Update to version 8.4 to try it.",
    ],
    forms: &[
        "Want breaking alerts? Only the big stuff, promise. Maybe later · Turn on",
        "You're offline. Showing the version saved at 07:42.",
        "Aa  Smaller | Default | Larger",
        "Comments didn't load. Drag the page down and we'll retry.",
        "Two freebies remaining until the 1st. Subscribe or log in — it's quick.",
        "Pick a region: UK · US · Australia · International",
        "Drop us your address and the {topic} alert arrives Monday–Friday, 6am sharp",
        "Turn on dark mode? Easier on the eyes at night. Yes, switch / Keep light theme",
        "Bookmark failed ⚠ Retry",
        "Liking the new look? A quick ★ rating in the store helps a lot.",
    ],
    navigation: &[
        "Home    Latest    Saved    Search    Menu",
        "← Back to {topic}",
        "Tap the image to expand",
        "1 / 12",
        "More below ⌄",
        "Top ↑",
        "News › {topic} › {city}",
        "Share  ·  Save  ·  Aa",
        "▶ 1:14 / 3:52   🔇 Tap for sound",
        "For You | Local | Video | Puzzles",
    ],
    bylines: &[
        "By {name} · 6 min read",
        "{name} and {name2}, {city} | Updated 38 minutes ago",
        "Photo: {name2} / staff",
        "Tap {name}'s name to get her {topic} stories first · X: @{handle}",
        "{name} covers {topic} from our {city} bureau and has been with us since 2019.",
        "Published 6:15am · Last edited 9:02am",
        "{name2} contributed reporting. Spotted a mistake? Tap ⋮ then Report an error.",
        "Video: {name} for the mobile desk",
        "Translation: {name2} (from Portuguese)",
    ],
    headlines: &[
        "Ferry operator suspends night crossings after second engine fire in a month",
        "Why your phone battery drains faster in the cold — and what actually helps",
        "Schoolgirl, 12, stuns grandmaster in seaside chess tournament",
        "Disused multistorey car park to become rooftop allotments, councillors decide",
        "Beekeepers warn of record losses as invasive hornet spreads north",
        "Retired teacher, 81, finishes degree she started in 1962",
        "Holidaymakers furious as airline leaves them on the tarmac until 3am",
        "Stargazers: where and when to see this week's meteor shower",
    ],
    topics: &[
        "local elections",
        "rents and mortgages",
        "rail strikes",
        "the transfer window",
        "extreme weather",
    ],
    names: &[
        "Ines Carvalho",
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Ravi Sundaram",
        "Hanna Lindqvist",
    ],
    seed: 39,
};

/// Nineteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a European regional newspaper's English edition.
const TUNE_40: Templates = Templates {
    teasers: &[
        "📰 Tomorrow’s paper, tonight: the complete print issue as a digital replica, every page as it lies in the kiosk – available from 9 p.m.",
        "Dig through 70 years of the Grenzland Bote archive: all articles since 1954, digitised and full-text searchable. Archive pass for €2.90 →",
        "More on {topic}: {headline}",
        "Death notices from your district – light a virtual candle in our Trauerportal »",
        "Going out? Flea markets, brass band concerts and parish fairs across the Oberland, listed in our Veranstaltungskalender",
        "Valley Morning in English – five local stories before your first coffee, free Monday to Friday. Yes, please →",
        "PROMOTED | Wellness getaway at Lake Ossiach: 2 nights, half board, from €189 pp",
        "Also of interest",
        "New episode of “Am Stammtisch”, our weekly podcast on town hall politics – this time {name} talks {topic}. 🎧 32 min.",
        "Keep regional reporting alive – join GB Plus, first month for just €1.",
    ],
    forms: &[
        "Grenzland Bote and 214 advertising partners process data from your browser (e.g. IP address, device identifiers) for audience statistics and personalised advertising. Withdraw your consent later under “Datenschutz” at the very bottom. [Agree] [Customise] [Ad-free with PUR]",
        "Your monthly quota of three free Plus stories is exhausted. Already paying? Sign into your GB account to continue.",
        "Select regional edition: Stadt | Nord | Süd | Oberland | Seetal",
        "Reader contributions go live once a moderator has approved them. First and last name required; pseudonyms get deleted. *Mandatory field",
        "Your opinion: car-free old town every Saturday? ○ Yes ○ No ○ Only in summer — 1,842 votes so far",
        "Find a death notice: surname, town or date",
        "E-paper viewer not responding. Give it a few minutes and refresh. (Error 503)",
        "Type your Postleitzahl for news from your municipality",
        "Print subscribers read everything online at no extra cost – activate your digital access with your customer number.",
        "Almost done! Check your inbox – a confirmation mail from us is on its way.",
    ],
    navigation: &[
        "Home › Region › {city} › Politics",
        "News | Region | Sport | Culture | Obituaries | Events | E-Paper | Deutsch",
        "‹ Older story · Newer story ›",
        "Seite 2 / 4",
        "WhatsApp | Facebook | Link kopieren | Drucken",
        "▲ Top",
        "Switch to German edition 🇩🇪",
        "Go directly to the text",
        "Gallery ◀ 3 / 17 ▶ Full screen",
    ],
    bylines: &[
        "By {name}, regional desk",
        "{city}, 14 March – ",
        "This article was translated from German with the help of machine translation and checked by a member of staff. In case of doubt, the German original applies.",
        "Photo: {name2}/Grenzland Bote",
        "{name} has been writing about the district council and the local economy since 2011. Contact: {handle}@grenzlandbote.eu",
        "Published 06.02.2024, 17:45 · Updated 06.02.2024, 19:12 · 4 min. read",
        "With material from dpa and APA",
        "Found a mistake? Drop a line to leserbriefe@grenzlandbote.eu",
        "Text: {name} | Translation: {name2}",
    ],
    headlines: &[
        "Bypass tunnel opening delayed again: contractor cites groundwater problems",
        "Weekly produce stalls relocate to cathedral square for the summer",
        "Fire brigade rescues hiker from gorge after six-hour search",
        "Hospital merger: district assembly votes in favour by narrow majority",
        "Cross-border train line to resume service in December",
        "Beekeepers report worst honey harvest in two decades",
        "SV Seetal promoted after dramatic win in the final minute",
        "Former mayor honoured with town’s ring of honour at 90",
    ],
    topics: &[
        "the district hospital",
        "the new tram line",
        "tourism in the valley",
        "the municipal elections",
        "the wine harvest",
    ],
    names: &[
        "Katharina Brunnthaler",
        "Luca Moretti",
        "Aleksandra Wójcik",
        "Jonas Hvidberg",
        "Emre Yıldırım",
    ],
    seed: 40,
};

/// Nineteenth round, written by a helper session from the noise kinds alone (not the other
/// sets): a live blog.
const TUNE_41: Templates = Templates {
    teasers: &[
        "Catch up on the day so far with our explainer: {headline}",
        "📌 Earlier in this blog: the confirmed facts on {topic} – and the open questions",
        "🔔 Want a buzz the second {topic} moves? Tap the bell to follow this blog",
        "Our political editor {name} will be answering your questions at 2pm. Post yours below ⬇️",
        "LISTEN: Tonight's Briefing podcast unpacks the day's twists in 20 minutes",
        "Related: {headline}",
        "▶ Video: footage shows the scene moments after (01:47)",
        "Readers like you keep this live coverage free for everyone. Back our reporters today – it takes a minute →",
        "Sign up for Morning Wire and start tomorrow knowing exactly where things stand on {topic}.",
        "Everything on {topic} — analysis, maps and the latest figures, all in one place",
    ],
    forms: &[
        "↑ 14 fresh updates since you arrived – tap to load them",
        "Auto-update is ON. Toggle off",
        "Have you been affected by {topic}? Share your experience with us using the form below – your contact details will never be published.",
        "Name*  ·  Town or country  ·  Your message (500 characters left)  ·  Send",
        "This blog isn't updating. Check your connection and try again.",
        "April's free live pages: 5 of 5 used. Become a subscriber to keep following, or log in if you already have an account.",
        "Where do you stand – should the plan proceed? 👍 61%  👎 32%  🤷 7% — 4,212 votes",
        "Because of an ongoing trial, readers can't post beneath this blog.",
        "Loading new posts…",
        "Unable to load this embedded content. It may have been deleted, or your cookie settings may be blocking it. Manage preferences",
    ],
    navigation: &[
        "Key events",
        "Show key events only",
        "📌 Pinned post",
        "Newest first | Oldest first",
        "Show 10 more updates",
        "Jump to latest update ↓",
        "Live / World / {topic}",
        "‹ Newer   3 / 12   Older ›",
        "Share this update: 🔗 link · Facebook · X · Email",
        "Back to top ▲",
    ],
    bylines: &[
        "{name} in {city}",
        "Updated 14m ago — {name} and {name2}",
        "This blog is now being run by {name2}. I'm handing over to my colleague in {city}; thanks for following along.",
        "That's all from me – {name} signing off. You can reach me at @{handle}.",
        "{name2} contributed from {city}. Wires: AP, AFP",
        "Posted at 09:42 GMT · by {name}, live editor",
        "Pic: {name}/AFP via Getty",
        "Embedded post from @{handle} on X, shared at 11:03. We have not been able to independently verify this footage.",
        "Correction: an earlier post on this page misstated the time of the briefing. It took place at 3pm, not 5pm.",
    ],
    headlines: &[
        "Ferry operator halts winter sailings after engine fire off island coast",
        "Fewer pupils than ever choosing German at A-level, exam board figures show",
        "Court clears way for tallest timber tower as neighbours lose appeal",
        "Honey harvest could be worst in decades after cold, wet spring, say beekeepers",
        "Interest rates left unchanged as policymakers hint at cut before summer",
        "Stolen Bronze Age torc returned to museum 40 years after burglary",
        "Holidaymakers kept aboard jet at gate for five hours as airline blames 'paperwork error'",
        "Fourteen-year-old becomes her country's youngest ever chess grandmaster",
    ],
    topics: &[
        "the election count",
        "the storm warnings",
        "the border negotiations",
        "the rail strike",
        "the budget statement",
    ],
    names: &[
        "Niamh Okonjo",
        "Tomasz Wieczorek",
        "Priya Raghunathan",
        "Mateo Arrieta",
        "Ingrid Solbakken",
    ],
    seed: 41,
};

/// Twentieth round, written by a helper session from the noise kinds alone (not the other
/// sets): a government ministry's press releases.
const TUNE_42: Templates = Templates {
    teasers: &[
        "Minister’s address to the Joint Committee on {topic} — complete transcript, as delivered (PDF, 368 KB)",
        "Related statements: Minister welcomes agreement on {topic} · Joint communiqué following bilateral talks in {city} · Readout of the Deputy Minister’s call with EU counterparts",
        "Download: Factsheet – {topic} at a glance [DOCX, 88 KB] | Plain-language summary | Large print",
        "➤ Get ministry press releases by email or RSS the moment they are issued.",
        "Watch the press conference in full on our official video channel (with Irish Sign Language interpretation) ▶",
        "See also: {headline}",
        "Public consultation now open — comment on the draft national strategy for {topic}. Submissions close 31 March at 23:59.",
        "Annex I (list of participants) and Annex II (technical background note) can be found under Documents below.",
        "📷 High-resolution photos from today’s signing ceremony are free for editorial use on our Flickr album →",
    ],
    forms: &[
        "Media accreditation for the Ministerial Conference in {city} closes on Friday at 17:00 local time. Applications received after the deadline will be rejected automatically.",
        "Press card number* / Name of media outlet* / Country of publication*  (* required)",
        "Search the newsroom: [ keyword ] [ from date ] [ to date ] Type: All / Statement / Speech / Readout  [Filter]",
        "Cookies: the Ministry’s portal relies on essential cookies and, with your consent, audience-measurement cookies. [Accept all] [Refuse] [Customise]",
        "Rate this page: 👍  👎   Something not right? Let us know",
        "Your subscription could not be confirmed: the verification link has expired. Request a new link.",
        "Email alerts — tick the topics you want: ☐ Press releases ☐ Speeches ☐ Travel advice ☐ {topic}   Email address: ________  [Subscribe]",
        "0 documents match these criteria. Remove a filter or choose an earlier start date.",
        "Error 503 – the file server is not responding. Retry shortly or email the duty press officer.",
        "The background briefing is open to accredited journalists only. Please log on to the Media Portal to register.",
    ],
    navigation: &[
        "Home › Media centre › Statements › 2024",
        "English | Français | Gaeilge | العربية",
        "Bypass menu ↓",
        "Share this statement: Email · LinkedIn · Facebook · X · 🖨 Print",
        "« Previous statement   |   Back to list   |   Next statement »",
        "Accessibility statement | Sitemap | Privacy notice | Freedom of Information | Contact us",
        "STATEMENTS AND SPEECHES",
        "Results 61–80 (932 total)   ‹ Prev | Next ›",
        "⇧ Page top",
        "Font size −/+ | Contrast on/off | Read aloud 🔊",
    ],
    bylines: &[
        "Press Office, Ministry for Europe and External Trade — {city}, 14 March",
        "Media enquiries: {name}, Spokesperson, +353 1 408 2973 (out-of-hours duty press officer: +353 87 615 0402)",
        "Photo: Ministry / {name2}",
        "Published 3 June 2024 · Last updated 4 June 2024 — corrected the date of the Minister’s visit",
        "Unofficial translation. Only the original-language text is authentic.",
        "Statement by the Spokesperson, {name}, on {topic}",
        "Contact: {name} | Deputy Communications Lead | press.office@mfa.example.gov | @{handle}",
        "Released by the Directorate of Public Diplomacy. Ref: PR/2024/117",
        "{name2} is Director-General for Communication and official spokesperson of the Ministry.",
    ],
    headlines: &[
        "Islanders rally behind century-old lighthouse facing decommissioning",
        "Inflation slows again, giving policymakers room to pause",
        "Schoolgirl chess prodigy topples top seed in first round upset",
        "Flooding shuts mountain pass, stranding hundreds of lorries overnight",
        "Startup pulls 11,400 electric scooters from sale after battery fires",
        "Museum hands back looted bronzes in ceremony attended by royal family",
        "Why rents in mid-sized cities are climbing faster than in capitals",
        "Veteran striker calls time on career after 19 seasons",
    ],
    topics: &[
        "maritime security",
        "consular assistance",
        "the fisheries agreement",
        "climate finance",
        "visa liberalisation",
    ],
    names: &[
        "Ingrid Solheim",
        "Tomasz Wierzbicki",
        "Amara Okonkwo",
        "Rafael Etxeberria",
        "Yoon-seo Bang",
    ],
    seed: 42,
};

/// Twentieth round, written by a helper session from the noise kinds alone (not the other
/// sets): a sports league's official site.
const TUNE_43: Templates = Templates {
    teasers: &[
        "🎟️ Members' priority window for the cup quarter-final opens Thursday at 10am — log in to My Club Account to secure your seat.",
        "WATCH ▶ Every angle of {name}'s 94th-minute header, only on Mariners+",
        "The new 2025/26 away shirt has landed. Personalise it with your favourite player's name and number from £15 — in the Megastore and online now.",
        "READ MORE: {headline}",
        "Behind The Badge | Episode 47: {name2} opens up about {topic}, homesickness and that debut at sixteen 🎧",
        "Junior Reds get a squad-signed birthday card, entry into the mascot ballot and 10% off at the club shop. Join for £25 →",
        "Derby day hospitality is almost gone! Three-course dining, padded seats on the halfway line — enquire before Friday.",
        "Official Betting Partner. 18+ | Please gamble responsibly | BeGambleAware.org",
        "Every kick, every angle: the Season Pass streams every pre-season friendly live, plus full replays and exclusive {topic} shows.",
        "📲 Get line-ups an hour before kick-off and instant goal alerts — grab the official club app today",
    ],
    forms: &[
        "Match Centre is temporarily unavailable. Live data will return shortly — try reloading.",
        "Who was your Player of the Match? ○ {name} ○ {name2} ○ Someone else — VOTE (poll closes 30 minutes after the final whistle)",
        "Your bag is empty. Continue shopping",
        "Size: XS–3XL ▾ | Qty 1 | ADD TO BAG",
        "Cookies keep our live scores ticking and help tailor adverts to you. Adjust them whenever you like. Manage options | Accept all",
        "This clip is only available to Season Pass subscribers in your territory. Sign in, or upgrade your pass to carry on watching.",
        "Sorry, tickets for this fixture are currently limited to Season Ticket Holders and Members with booking history. Check your eligibility",
        "Supporter number*   Surname*   Postcode*   [Find my account]",
        "Be first to hear about ticket releases — Forename* / Email address* / DOB* ☐ Send me offers from official club partners  SUBMIT",
        "Loading live commentary…",
    ],
    navigation: &[
        "Home › News › First Team › Match Reports",
        "Fixtures | Results | Table | Squad | Tickets | Shop | Club TV",
        "SAT 14 SEP  15:00  v Harrowgate Rovers (H)  League Division One  BUY TICKETS",
        "FT   United 2–1 Wanderers   Match report ›",
        "Pass it on 👉 WhatsApp · Threads · Bluesky · Facebook",
        "‹ Earlier club news  |  Later club news ›",
        "Back to top ↑",
        "MEN · WOMEN · ACADEMY · FOUNDATION · HERITAGE",
        "⏸  1:17 / 4:32  🔊  CC  1080p  ⛶",
        "Skip to main content",
    ],
    bylines: &[
        "By {name}, Club Media",
        "Words: {name} | Photography: {name2} (Getty Images)",
        "Pictures: Club Photography · Video: ClubTV",
        "{name} is the club's Head of Content and has followed the team home and away since 2009. Find them in the press box and on socials: @{handle}.",
        "Published 19:47 BST, 22/02/25 · Edited 21:05",
        "Reporting from {city}",
        "Interview filmed courtesy of our Official Training Wear Partner.",
        "Notice something wrong? Drop the digital team a line through the club contact form.",
        "Portuguese interview translated by {name2}.",
    ],
    headlines: &[
        "Captain commits future to the club until 2028",
        "Injury update: midfielder faces six weeks out after ankle surgery",
        "Under-21s edge eight-goal thriller at Hillcroft Park",
        "Stadium roof works: what supporters need to know ahead of the home opener",
        "Women's side confirm summer tour of Japan",
        "Gallery: The best moments from an open training session in front of 6,000 fans",
        "Head coach's pre-match press conference: five things we learned",
        "Club statement on unofficial ticket resale",
    ],
    topics: &[
        "the cup run",
        "pre-season",
        "the derby",
        "the transfer window",
        "the academy",
    ],
    names: &[
        "Tomás Aranguren",
        "Niamh Kearney",
        "Kofi Mensah",
        "Yuki Harada",
        "Dariusz Kowal",
    ],
    seed: 43,
};

/// Twentieth round, written by a helper session from the noise kinds alone (not the other
/// sets): a diaspora community news site.
const TUNE_44: Templates = Templates {
    teasers: &[
        "Sending money home for Eid? Today's rate to Mogadishu, Lahore and Manila — no fee on your first transfer with SahanPay ➜",
        "Also available — Soomaali | اردو | Tagalog | Español",
        "📞 Call Addis from 1p a minute. Top up in the Hiwot app — Advertisement",
        "ELSEWHERE ON THE BULLETIN: {headline}",
        "Return fares {city} – Dhaka from £489 this Ramadan. Noor Travels, ATOL protected. (Sponsored)",
        "Our writers are volunteers, our translators are not. Chip in £3 monthly to keep {topic} coverage in eleven languages.",
        "🎧 “Two Passports”, ep. 42: {name} on raising kids between two kitchens and two calendars",
        "More community notices ›",
        "Want Friday's roundup on WhatsApp? Message JOIN to 07700 900418",
        "Janaza notices, jamaat times and exam results on your phone — the Bulletin app is free for Android & iPhone.",
    ],
    forms: &[
        "Submit a community notice — no charge for charities and places of worship, 80 words max. Anything received after Tuesday 5pm runs the following week.",
        "Your name * | Mosque, church, gurdwara or association * | Date of event | Language of notice ▾",
        "Loading prayer times… If nothing appears, pick your city from the list.",
        "Only one free story remains this month. Friends of the Bulletin read everything and help pay our translators.",
        "Moderators check every comment in English, Somali and Urdu. No clan talk, no party slogans — we delete both.",
        "POLL: Have you sent money abroad since February? ○ Yes, by app ○ Yes, through an agent ○ No ○ Prefer not to say",
        "Search notices, obituaries, events…",
        "We store one cookie so the site opens in the language you chose. Accept all · Only necessary · Manage",
        "Exchange-rate widget unavailable. Rates last refreshed 09:14 GMT.",
        "Already a Friend? Sign in with your email address to switch off ads.",
    ],
    navigation: &[
        "Home › Community › Notices › Weddings & Nikah",
        "English | Soomaali | اردو | Filipino | አማርኛ | Español",
        "News  Community  Faith  Events  Jobs  Money Transfer Rates  Obituaries  Volunteer",
        "« Last week's calendar | Next week's calendar »",
        "Share on WhatsApp · Facebook · Telegram · Copy link",
        "↑ Back to top",
        "Page 2 of 6",
        "Skip to the prayer calendar",
        "EVENTS — MARCH",
        "▶ Listen in Somali   00:00 / 06:41",
    ],
    bylines: &[
        "By {name} | Community correspondent, {city}",
        "Urdu text: {name2}. Translation: Bulletin volunteer team.",
        "{name} is one of our volunteer writers — a pharmacist by day, covering the Eastside Somali associations at weekends.",
        "Photo: {name2} / Bulletin community photographers",
        "Published 14 Rabi' al-Awwal 1446 · 17 Sept 2024, 08:30",
        "Spotted a wrong name, date or prayer time? Write to desk@harbourbulletin.org and we will fix it within 24 hours.",
        "Writer's note: I pray at this mosque and have relatives on its committee. — {name}",
        "Additional reporting by {name2} in {city}.",
        "{name} posts at @{handle}",
    ],
    headlines: &[
        "Council approves halal menus in three more school canteens",
        "Ethiopian New Year picnic returns to Riverside Park after four-year gap",
        "Filipino nurses' choir takes top prize at regional carol contest",
        "Money transfer agents face new ID checks from April: what customers need to know",
        "Consulate passport queues stretch past six hours as staff shortage bites",
        "Eastside cricket league crowns its first all-women champions",
        "Grandmother, 81, recites the whole Quran in 30 days and raises £12,000 for flood relief",
        "Old market quarter rents have doubled since 2019, landlords' own figures show",
    ],
    topics: &[
        "remittance fees",
        "visa appointment backlogs",
        "the community centre rebuild",
        "Eid prayer timings",
        "overseas voting rights",
    ],
    names: &[
        "Ligaya Dimasalang",
        "Abdiwali Jama",
        "Sunita Kharel",
        "Mateus Okonjo",
        "Yelena Vardanyan",
    ],
    seed: 44,
};

/// Twentieth round, written by a helper session from the noise kinds alone (not the other
/// sets): an outdoor and travel magazine.
const TUNE_45: Templates = Templates {
    teasers: &[
        "⛰️ Download the free GPX track for this loop — elevation profile, water sources and bail-out points included.",
        "PLANNING A TRIP? Our {topic} hub has every route we've tested, ranked by difficulty.",
        "Editor's pick: the ultralight tent we slept in for 41 nights straight. $389 at REI · $412 at Backcountry →",
        "Get the Field Notes dispatch: one wild place, one piece of kit, one story — every Thursday morning.",
        "Book this trek with a local guide from $1,240 pp · 7 days · small groups (max 10)",
        "Every product here was field-tested by our editors, not advertisers. Retailer links below are affiliate links — purchases help fund our reporting.",
        "Print + digital: 6 issues a year, plus the 2025 National Parks wall map, for $29. Claim yours ➜",
        "🎧 The Switchback podcast, ep. 87: {name} on three nights lost in the hills outside {city}.",
        "Watch: 4K drone footage of the ridge traverse (3:47)",
        "Partner content · Presented by a Nordic tourism board — Chasing the midnight sun by sea kayak",
    ],
    forms: &[
        "That's all 3 complimentary trail guides for June. Join as an Explorer member for unlimited map downloads.",
        "Where should we send the printable PDF map? Email address  [Send it]",
        "One more step ✉️ Hit “confirm” in your inbox and Trailhead Weekly lands every Thursday.",
        "Check availability: Departure date ▾ | Travellers: 2 adults ▾ | SEARCH TRIPS",
        "Hmm, the topo layer didn't load. Zoom out or flip to Satellite view.",
        "What's your dream thru-hike? ◯ Pacific Crest ◯ Te Araroa ◯ GR20 ◯ Camino de Santiago — Vote",
        "Log in to add this route to My Trips",
        "Cookies help our maps remember miles vs. km and let advertisers tailor what you see. Allow & continue | Let me choose",
        "Leave a trip report — Name* Email* (won't be published) Your comment… POST",
        "No stock in your size at this retailer · prices refreshed 40 min back",
    ],
    navigation: &[
        "Home › Adventure › Hiking › Europe",
        "Destinations | Gear | Skills | Trips | Photo | Magazine",
        "← Previous stage      Stage 4 / 9      Next stage →",
        "Share this route: Facebook · Pinterest · Strava · Email",
        "▶  ❚❚  0:47 / 2:16  🔇  CC  ⛶",
        "Jump to: Overview · Getting there · Best season · Permits · Where to stay",
        "Up to the summit ▲",
        "Showing routes 21–30 · Older routes »",
        "GEAR REVIEWS",
    ],
    bylines: &[
        "Words by {name} · Photos by {name2}",
        "{name}, our field editor and a certified mountain leader, splits her time between {city} and wherever the snow is. Instagram: @{handle}",
        "Cover image: {name2} / Summit Collective",
        "Route scouted alongside local guide {name}, who has led treks through these valleys since 2009.",
        "Published May 14, 2024 · Updated June 2, 2024 · ⏱ Reading time: 11 mins",
        "Map illustration by {name2}; trail data © OpenStreetMap contributors",
        "Editor's note, June 3: the pass tops out at 4,130 metres, not 4,310 as we first reported.",
        "Translation from Spanish: {name2}.",
        "Had a trip go sideways? Tell {name} about it: {handle}@ourmagazine.com",
    ],
    headlines: &[
        "The 17 Best Hut-to-Hut Hikes for People Who Hate Camping",
        "Inside the Fight to Save Patagonia's Last Wild River",
        "I Paddled the Length of the Danube on a Secondhand Canoe. Here's What Broke First.",
        "Are Carbon-Plated Trail Shoes Worth It? We Ran 400 Miles Testing Them",
        "Rangers Brace for Summer Crush as Summit Permit Lottery Opens",
        "A Beginner's Guide to Winter Camping Without Freezing",
        "How a Tiny Island Nation Became Surfing's Newest Obsession",
        "The Rescue on K2 That Changed High-Altitude Climbing Forever",
    ],
    topics: &[
        "backcountry skiing",
        "long-distance hiking",
        "sea kayaking",
        "national parks",
        "van life",
    ],
    names: &[
        "Ingrid Solvang",
        "Tenzing Dorje",
        "Maribel Quispe",
        "Callum Ferris",
        "Aiko Nakamura",
    ],
    seed: 45,
};

/// Twentieth round, written by a helper session from the noise kinds alone (not the other
/// sets): a legal and courts news service.
const TUNE_46: Templates = Templates {
    teasers: &[
        "Full opinion (PDF, 64 pp.) →",
        "Track this case: get an alert the moment a new docket entry is filed.",
        "RELATED: Appeals panel revives {topic} suit, sends it back to trial judge",
        "Subscribers can pull every brief filed in this matter from our Litigation Vault. Not a subscriber? Try it two weeks on us.",
        "🎧 New Sidebar episode: {name} breaks down oral argument in the {topic} dispute.",
        "Download the complaint »",
        "Sponsored · Is your firm still billing in six-minute increments? See how 4,000 practices switched.",
        "All {topic} stories from our courts desk",
        "Morning Docket: the rulings that matter, delivered weekdays by 6:45 Eastern.",
        "Search 12 million state and federal opinions. Citator flags included. Try CaseFinder Pro free →",
    ],
    forms: &[
        "Nothing here should be taken as legal advice. If you are facing a similar issue, speak with a lawyer licensed where you live.",
        "No free stories remain on your account until June 1. Unlock every verdict and filing with a CourtWire subscription.",
        "Enter a case number or party name",
        "Couldn't display this filing. Reload, or download the PDF instead.",
        "Set up an alert: notify me when {topic} cases are filed in [ Select court ▾ ]",
        "Commenting is switched off while this criminal case remains pending.",
        "Bar association members get this story free — enter your membership number.",
        "Poll: Should cameras be allowed in every federal courtroom? ○ Yes ○ No ○ Appellate courts only",
        "Cookies keep your saved searches and court preferences between visits. Manage settings | Accept all",
        "Alert saved for Docket No. 1:24-cv-04417. Confirm from your inbox to activate it.",
    ],
    navigation: &[
        "Home › Courts › Federal › Circuit Courts",
        "Docket | Filings | Opinions | Oral Argument Audio",
        "« Earlier filings   |   Later filings »",
        "Share: 𝕏  in  ✉  🔗 Copy citation",
        "Skip navigation",
        "⏮  ▶ 0:00 / 52:09  🔊  1x",
        "SUPREME COURT",
        "Zoom −  100%  +   ⤓ Download   🖨 Print",
        "▲ Top",
        "Litigation · White Collar · IP · Employment · Bankruptcy · Opinion",
    ],
    bylines: &[
        "By {name} | Courts Reporter | {city}",
        "{name} covers state appellate courts and judicial ethics. Tips: {handle}@courtwire.news, or via Signal.",
        "Courtroom sketch by {name2}",
        "Updated 6:18 p.m. with comment from defense counsel.",
        "{name2} in {city} contributed. Edited by {name}.",
        "Correction: This article previously misstated the panel's vote, which was 2-1, not 3-0.",
        "Court filings reviewed by {name} — follow @{handle}",
        "Photo: Pool via AP",
        "{city}, May 14 —",
    ],
    headlines: &[
        "Jury awards $2.3 billion to farmers in weedkiller trial",
        "Judge halts state ban on drag performances pending appeal",
        "Bankrupt pharmacy chain wins approval for asset sale over landlord objections",
        "Former city treasurer sentenced to 9 years for skimming parking revenue",
        "Ninth Circuit sides with gig drivers in arbitration fight",
        "Law firm merger creates fourth-largest practice in London",
        "Supreme Court declines to hear fishing-rights case from Alaska tribes",
        "Disbarred lawyer charged with stealing from clients' settlement funds",
    ],
    topics: &[
        "securities fraud",
        "noncompete agreements",
        "voting rights",
        "patent infringement",
        "wrongful death",
    ],
    names: &[
        "Marisol Ocampo",
        "Declan Whitfield",
        "Adaeze Nwankwo",
        "Tomasz Brzeziński",
        "Priya Raghunathan",
    ],
    seed: 46,
};

/// Twentieth round, written by a helper session from the noise kinds alone (not the other
/// sets): an energy and climate news service.
const TUNE_47: Templates = Templates {
    teasers: &[
        "☀️ Morning Carbon lands before 7am on weekdays: grid, gas and policy news, minus the jargon → Subscribe, it costs nothing",
        "📊 Live dashboard: {topic}, country by country — numbers refreshed each Thursday",
        "WEBINAR | {name} and {name2} go live on 14 November, 15:00 GMT, to unpack what the COP outcome means for {topic}. Book a free place »",
        "Related: {headline}",
        "🎧 The Load Factor podcast, ep. 143 — “Can batteries really replace peaker plants?” (38 min)",
        "No paywall, no shareholders. Back our energy-transition coverage as a supporting member from £5/month.",
        "Dataset: all 214 plants, CSV (2.3 MB) ⤓",
        "MORE ON {topic}: {headline} · Why transmission queues keep growing · Q&A: a grid operator on curtailment",
        "PARTNER CONTENT — Inside a Nordic utility’s bet on AI-driven balancing forecasts",
        "Tickets now on sale: Transition Summit {city}, 2–3 April. Early-bird rate ends Friday.",
    ],
    forms: &[
        "Your work email (we’ll send the {topic} roundup every Tuesday)",
        "Which briefings would you like? ☐ Daily Briefing ☐ China Energy ☐ Food & Farming ☐ Policy Tracker",
        "Nearly done! Open the confirmation message we sent, and briefings start tomorrow.",
        "⚠ Chart unavailable right now. Try reloading — or open the standalone interactive.",
        "That’s 3 of 4 free analyses this month. Registering takes 30 seconds and unlocks the rest.",
        "We’d like to count which maps and charts readers actually open. Allow all | Strictly necessary | Preferences",
        "POLL: Should governments bring forward the ban on new petrol and diesel cars? Agree / Disagree / Undecided — 1,204 votes",
        "Search briefings, countries, technologies…",
        "A moderator approves every comment before publication — allow one working day. Off-topic posts will be removed.",
        "Members only: sign in to get the report (PDF, 48 pp).",
    ],
    navigation: &[
        "Home › Analysis › Renewables › Offshore wind",
        "Daily Briefing | Analysis | Interviews | Factchecks | Maps | Dashboards | Events",
        "← Previous chart   4 / 11   Next chart →",
        "Share this chart: Embed </> | PNG | SVG | Copy link",
        "Skip navigation",
        "Top ▲",
        "▶ 0:14 / 3:19  🔇  CC  ⛶",
        "Filed under: {topic}",
        "On this page: Findings · Methodology · Data sources · Notes",
        "‹ 1 2 [3] 4 … 9 ›",
    ],
    bylines: &[
        "By {name} and {name2} | {city} | First published 08:05 GMT · Last modified 17:52 GMT",
        "Chart by {name}. Source: national TSO data, Ember analysis. Get the data ↓",
        "{name} covers {topic} for our energy desk from {city}, after eight years reporting for a utilities trade weekly. Follow her @{handle}",
        "Methodology: figures are in nominal US dollars and exclude captive generation. Capacity factors are estimated from hourly output; full assumptions are set out at the end.",
        "{name2} contributed reporting. Translated from Portuguese by {name}.",
        "Disclosure: This newsroom is funded by philanthropic foundations, all listed on our funding page. None of them sees or shapes stories before publication.",
        "Found an error in a chart? The data desk reads corrections@griddesk.news",
        "Photo: Turbines off the coast of Jutland, Denmark. {name} / Getty Images",
        "{city}, 3 March —",
    ],
    headlines: &[
        "Vietnam’s rooftop solar boom stalls as utility caps export payments",
        "Analysis: Record heat pushed Europe’s summer power prices to a three-year high",
        "Factcheck: Do electric cars really have a bigger carbon footprint than petrol models?",
        "Chile picks consortium to build Latin America’s largest green hydrogen hub",
        "Arctic sea ice hits second-lowest winter maximum on satellite record",
        "Interview: Kenya’s geothermal chief on why the country doesn’t need new gas plants",
        "Grid operator warns of tight winter margins as nuclear outages pile up",
        "Insurers retreat from wildfire-prone counties across three western states",
    ],
    topics: &[
        "offshore wind",
        "carbon markets",
        "grid-scale storage",
        "methane emissions",
        "heat pumps",
    ],
    names: &[
        "Ingrid Solberg",
        "Tunde Okafor",
        "Mei-Lin Zhao",
        "Rafael Quintero",
        "Anjali Deshmukh",
    ],
    seed: 47,
};

/// Twentieth round, written by a helper session from the noise kinds alone (not the other
/// sets): a video-games and esports site.
const TUNE_48: Templates = Templates {
    teasers: &[
        "🔴 LIVE NOW: The {topic} showdown is streaming on our Twitch channel — pop it out and keep reading",
        "🎁 GIVEAWAY TIME! We’ve got 50 Steam keys for Hollow Reach to hand out. Hop into our Discord and react with 🎮 in #giveaways to enter. Closes Friday 23:59 BST, UK & EU only.",
        "Read next: {headline}",
        "Patch notes too long? Our 6-minute video rundown of every {topic} buff and nerf is on YouTube now.",
        "38K+ squadmates are already hanging out in the Respawn Wire Discord → discord.gg/rwire",
        "Our verdict: ★★★★☆ — see why Tidebreaker scored an 8 »",
        "SPONSORED · Kit out your battlestation: the Kestrel K7 wireless headset drops to £89 until Sunday",
        "🎧 Loot Drop, Ep. 212: an hour of arguing about {topic} so you don’t have to. Streaming on all the usual podcast apps.",
        "MOST READ  1. {headline}  2. Every game confirmed for June’s showcase season  3. 12 co-op games under £20",
        "Like what we do? Back us on Patreon — tiers start at three bucks — and browse ad-free.",
    ],
    forms: &[
        "This content contains mature themes. Please enter your date of birth to continue: Day / Month / Year [ Enter ]",
        "Sorry — this trailer is age-restricted and your birthday doesn’t qualify.",
        "Log in via Steam or Discord to comment",
        "142 comments · Order: Latest ▾",
        "POLL: Who lifts the trophy at the {topic} finals? ○ Team Vantage ○ Orchid Esports ○ Somebody else — cast your pick to reveal the split",
        "Twitch player won’t start 😕 Whitelist us in your ad-blocker, then reload.",
        "Respawn Wire and 214 third parties set trackers for tailored ads and analytics. [ Sounds good ] [ Tweak settings ]",
        "Leave your address below for a free in-game bundle* — *while codes last, one per account.",
        "Search guides, reviews, patch notes…",
        "£49.99 at PlayHaven · £44.85 at GameBurrow · £52.00 at PixelMart — Check stock ›",
    ],
    navigation: &[
        "Home › Esports › {topic}",
        "News  Reviews  Guides  Esports  Hardware  Deals  Videos",
        "◀ Day 2 recap | Grand final preview ▶",
        "Continue to part 3 — loadouts for every map →",
        "Jump to: Highlights · Hero changes · Item changes · Bug fixes",
        "Share: 𝕏 · Reddit · Discord · Copy link",
        "⏵ 12:41 / 3:05:22  🔊  CC  ⚙ 1080p60  ⛶",
        "▲ Top",
        "↓ Skip the menu",
        "PATCH NOTES",
    ],
    bylines: &[
        "By {name}, Senior Esports Editor · edited 21:07 CET",
        "{name} has been covering competitive shooters since the LAN-cafe days. When not writing, they’re hard stuck in Gold 2. Pester them at @{handle}.",
        "Reviewed by {name} on PS5 — 38 hours played. Review key supplied by the publisher.",
        "{name2} contributed from {city}.",
        "Photo: Lumen Esports / Hallie Brandt",
        "Screenshots captured by the author on PC (RTX 4070, Ultra preset).",
        "Got a patch number wrong? Ping fixes@respawnwire.gg and we’ll sort it.",
        "Translated from Korean by {name2}",
        "{city} (Respawn Wire) —",
    ],
    headlines: &[
        "Studio behind cult hit Ashfall Saga lays off a third of its staff",
        "Mobile esports league unveils $2 million prize pool for second season",
        "Retro handheld sells out in minutes as scalpers double resale prices",
        "Speedrunner shaves four seconds off ‘unbeatable’ record with door-clip glitch",
        "Tidebreaker review: a gorgeous, infuriating roguelike you won’t put down",
        "Veteran caster hangs up the headset after 11 years behind the desk",
        "Publisher pushes remaster to next spring, citing ‘performance targets’",
        "Cosy farming sim tops Steam charts ahead of two big shooter launches",
    ],
    topics: &[
        "Major qualifiers",
        "ranked play",
        "battle pass",
        "cross-play",
        "Season 9 balance",
    ],
    names: &[
        "Tomasz Wierzbicki",
        "Ayaka Morishita",
        "Dele Okonkwo",
        "Marisol Vidal",
        "Henrik Lindqvist",
    ],
    seed: 48,
};

/// Twenty-second round, written by a helper session from the noise kinds alone (not the other
/// sets): a business and markets news site.
const TUNE_49: Templates = Templates {
    teasers: &[
        "📈 Pre-market movers: the five charts our desk watches before the opening bell, emailed to you at 6:45 ET on trading days → Sign up",
        "READ NEXT: {headline}",
        "Join {name} and 40+ fund managers at the Capital Allocators Summit in {city}, Oct. 14–15. Early-bird passes end Friday — save 30% with code DESK30.",
        "Sponsored by Halvard Wealth | Why family offices are quietly rotating into private credit",
        "Hear {name} unpack this on Closing Spread, our 22-minute markets podcast — out each weekday after the close",
        "More on {topic}:",
        "Pro members get analyst-grade screeners, real-time filings alerts and our Friday Sector Heatmap. Try Pro free for two weeks.",
        "Most popular right now\n1. {headline}\n2. Why bond traders are betting against the Fed again",
        "WATCH: {name2} breaks down what the yield curve is really signalling (4:12)",
        "Track your watchlist and set price alerts from your phone — grab the Markets+ app for iOS and Android.",
    ],
    forms: &[
        "Your meter: 2 articles to go this billing cycle. Go unlimited — $1/wk for your first year, quit at any point.",
        "🔒 Members only. Current subscriber? Sign on to continue",
        "Quotes delayed 15+ min unless otherwise noted. Index data © respective exchanges. Not investment advice.",
        "Search tickers, funds, people…",
        "Quick vote: does the central bank cut at its next meeting? ◯ Yes ◯ No ◯ Too early to tell — Submit",
        "Chart unavailable — quote feed interrupted. Reload ↻",
        "Business email*  |  Job title*  |  Company size ▾  —  Submitting this form means our event sponsors may contact you.",
        "Our site uses trackers to tailor stories, measure advertising and power live quotes. Customise | Accept & continue",
        "Add {topic} to your alerts ✓ Added",
        "Commenting is open to verified subscribers only. Stay civil; posts that pitch stocks or services get deleted.",
    ],
    navigation: &[
        "Markets › Equities › {topic}",
        "Home | Markets | Economy | Tech | Personal Finance | Opinion | Events",
        "DOW 38,912.40 ▲ 0.42%   SPX 5,204.17 ▼ 0.08%   NASDAQ 16,311.05 ▲ 0.31%   10-YR 4.28%   BRENT $83.61",
        "‹ Prev   2 / 5   Next ›",
        "Share: LinkedIn · X · Email · Copy",
        "↓ Go straight to article",
        "Top ↑",
        "MARKETS LIVE",
        "01:58 / 03:47   ⏸  🔊  CC  ⛶",
        "🎁 Send as a gift",
    ],
    bylines: &[
        "By {name} and {name2} | Updated 4:31 PM EDT",
        "{name} covers commodities and emerging-market debt for us from {city}. Tips welcome: @{handle}.",
        "{city} — ",
        "Photo: {name2}/Bloomberg via Getty Images",
        "{name2} reported from {city}; {name} handled the edit.",
        "Chart: Company filings, FactSet. Graphic by {name}.",
        "{name2} owns no shares in any company named here.",
        "Updated to correct the quarterly revenue figure, which had been overstated. Report errors to standards@",
        "Published 07:02 GMT · 6-minute read",
    ],
    headlines: &[
        "Copper touches 11-month peak while Chilean mine strike drags into third week",
        "Midwest lender's stock tumbles 18% after surprise writedown on office loans",
        "Airline stocks climb as jet fuel prices slide to lowest since spring",
        "Japan's biggest pension fund trims domestic bond holdings for the first time since 2014",
        "Streaming giant beats subscriber forecasts, warns on ad revenue",
        "Why a cocoa shortage is squeezing chocolate makers' margins",
        "Activist investor builds 7% stake in struggling European chemicals group",
        "Retail sales unexpectedly fall in March as shoppers pull back on big-ticket items",
    ],
    topics: &[
        "semiconductor stocks",
        "Treasury yields",
        "crude oil futures",
        "bank earnings",
        "the dollar",
    ],
    names: &[
        "Priya Raghunathan",
        "Tobias Lindqvist",
        "Adaeze Okonkwo",
        "Mateo Figueroa",
        "Hyun-woo Bae",
    ],
    seed: 49,
};

/// Twenty-second round, written by a helper session from the noise kinds alone (not the other
/// sets): a popular tabloid daily.
const TUNE_50: Templates = Templates {
    teasers: &[
        "📸 PICTURE SPECIAL: Inside the A-list bash that had bouncers turning away footballers — 47 snaps »",
        "WIN! A family break worth £2,500 — enter our free-to-play draw before midnight Sunday",
        "Tip-off on {topic}? Ring our newsdesk on 0207 555 0143 or message us on WhatsApp — cash paid for exclusives!",
        "READ MORE: {headline}",
        "🔥 HOT RIGHT NOW: Fans go wild over {name}'s bold new look",
        "Get the Daily Dish — the saucy celeb goss everyone else is too scared to print, delivered at 7am sharp",
        "Don't miss tomorrow's paper: FREE 12-page pull-out on {topic} — only in your Saturday edition",
        "Watch: shocking moment caught on camera (video plays automatically)",
        "PROMOTED STORIES",
        "Grab a bargain: readers get 30% off with code SCOOP30 — terms and exclusions apply",
    ],
    forms: &[
        "Pop your email in here for the day's biggest stories, straight to you. Go",
        "VOTE NOW: should {topic} be banned? YES 62% • NO 38% — 14,203 votes",
        "Q: Which holiday resort was named Britain's favourite in our reader survey? A) Blackpool B) Skegness C) Newquay. Lines shut at 11.59pm on the 31st. Entrants must be 18+ UK residents.",
        "Us plus 842 ad partners stash info on whatever phone or laptop you're reading this on, to tailor ads and measure how they perform. Hit 'I Agree' or tweak your choices",
        "No comments allowed on this one — live court case, sorry",
        "Blast! The gallery didn't load. Give it another go",
        "Email your pictures to pics@ourpaper.co.uk or upload them here — max file size 20MB",
        "Want to chip in? Grab yourself a username first 💬",
        "You're in! Keep an eye on your emails — one quick tap in the welcome message and the newsletter starts landing 📩",
        "Postcode  |  Locate a shop selling today's paper ›",
    ],
    navigation: &[
        "Home › News › UK News › {topic}",
        "NEWS | SPORT | TV & SHOWBIZ | FOOTBALL | MONEY | TRAVEL | PUZZLES | BETTING",
        "SHARE:  Messenger  ·  WhatsApp  ·  X  ·  Facebook  ·  Email",
        "◀ Previous picture    12 of 38    Next picture ▶",
        "Skip navigation",
        "↑ TOP",
        "⏸  🔇  Subtitles  ⛶",
        "LIVE",
        "Continued on page 3 — the neighbours' reaction »",
        "MORE FROM TV & SHOWBIZ",
    ],
    bylines: &[
        "By {name}, Showbiz Editor",
        "{name} and {name2} | Published: 06:14, 14 Mar 2024 | Updated: 11:32, 14 Mar 2024",
        "Credit: Splash News",
        "{name} is our crime correspondent, covering everything from gangland feuds to courtroom dramas. Find her @{handle}",
        "Pictures: BackGrid / Instagram",
        "{name2} contributed from {city}",
        "📧 {handle}@ourpaper.co.uk",
        "We strive to be accurate. If you spot an error, email corrections@ourpaper.co.uk",
        "Video: Jam Press",
    ],
    headlines: &[
        "Mum-of-three's fury as seagull swipes £9 pasty right out of her hand on seafront",
        "SOAP SHOCKER: Telly legend quits cobbles after 22 years in bust-up over script",
        "Pensioner, 84, scoops £1m on scratchcard he nearly binned",
        "'I'M DEVASTATED' Reality star finally opens up on heartbreak split from footballer boyfriend",
        "Brits to bake in 33C scorcher hotter than Ibiza with amber heat alert in force",
        "Thug who punched bus driver over 50p fare jailed for two years",
        "Cops hunt 'Grinch' who stole entire village Christmas tree overnight",
        "Premier League boss SACKED hours after humiliating cup exit to part-timers",
    ],
    topics: &[
        "energy bills",
        "the royal family",
        "reality TV",
        "lottery winners",
        "holiday hotspots",
    ],
    names: &[
        "Kayleigh Brennan",
        "Dev Chaudhary",
        "Tomasz Wilk",
        "Abena Owusu",
        "Ross McTavish",
    ],
    seed: 50,
};

/// Twenty-second round, written by a helper session from the noise kinds alone (not the other
/// sets): an English-language daily of the Gulf.
const TUNE_51: Templates = Templates {
    teasers: &[
        "ALSO READ: {headline}",
        "Today’s paper exactly as printed: flip through the digital replica on e-Paper — included with every subscription, Dh9.99/month otherwise",
        "📲 Breaking alerts from the Emirates and the wider Gulf, straight to WhatsApp. Tap here and hit “Follow”",
        "Ramadan 2025: iftar deals, suhoor spots and mall timings across Dubai, Abu Dhabi and Sharjah »",
        "WATCH | {name} explains how the revised {topic} regulations affect expat families",
        "Sponsored: Own a sea-view apartment on Yas Island from Dh1.2m with a 60/40 payment plan",
        "Trending across the Gulf\n1. Public holiday confirmed for Eid Al Adha\n2. Salik tariffs change from Monday\n3. {headline}",
        "🎧 The Majlis Podcast, Ep. 112 — {name} sits down with {name2} to talk {topic}",
        "Everything on {topic} → our dedicated hub",
        "In association with Gulf Exchange House",
    ],
    forms: &[
        "Edition: UAE ▾ Saudi Arabia · Qatar · Kuwait · Bahrain · Oman · India",
        "Currency converter: 1 USD = 3.6725 AED · 1 GBP = 4.68 AED · 1 INR = 0.043 AED — rates updated 09:15 GST",
        "You’ve reached your monthly limit of free reads. Go Premium for Dh15 — no limits, no interruptions",
        "Comments are open to registered readers only — register free, or sign in through UAE Pass",
        "Unable to fetch salah timings for your area. Pick an emirate from the list instead.",
        "Fajr 4:41 | Sunrise 5:58 | Dhuhr 12:21 | Asr 3:47 | Maghrib 6:43 | Isha 8:00",
        "Like most publishers, this website places cookies for audience measurement and advertising. Tap Allow to proceed, or adjust what we track. [Allow] [Adjust]",
        "POLL: Should UAE schools move to shorter Friday hours all year round? ◯ Absolutely ◯ Only in summer ◯ Keep it as is — Submit",
        "Type your address here to get our Morning Brief at 7am Gulf time, six days a week",
        "Gold rates today (per gram): 24K Dh342.25 · 22K Dh317.00 · 21K Dh303.75",
    ],
    navigation: &[
        "Home › UAE › Government",
        "News | Business | Sport | Lifestyle | Opinion | ePaper | Videos | Podcasts",
        "Return to the top ↑",
        "Share ↗  WhatsApp  Telegram  🔗",
        "‹ Older   Newer ›",
        "Gulf",
        "Pages: 1 … 13 14 Next",
        "Skip navigation",
        "▶ Play  |  02:37  |  Mute  |  Fullscreen",
    ],
    bylines: &[
        "By {name}, Reporter, Dubai",
        "{name2}, Senior Correspondent — Riyadh",
        "Published: Tue 14 Jan 2025, 6:02 PM · Last updated: Tue 14 Jan 2025, 9:48 PM",
        "{name} is an assistant editor covering aviation and tourism. X: @{handle}",
        "Photo: Supplied / Dubai Media Office",
        "— With inputs from WAM and agencies",
        "ABU DHABI —",
        "Know more about this story? Email {name} directly: {handle}@khaleejtimes-desk.ae",
        "Translated from Arabic by {name2}",
    ],
    headlines: &[
        "Sharjah announces free parking on public holidays until December",
        "Kuwait tightens rules on domestic worker visas after audit finds 12,000 violations",
        "Oman’s Duqm port to handle first LNG bunkering ship next month",
        "Qatar Airways adds three weekly flights to Nairobi",
        "Indian expat in Ajman wins Dh25 million in Big Ticket draw",
        "Saudi Arabia unveils $5bn plan to turn AlUla into year-round arts hub",
        "Bahrain: Court jails two men for selling fake Formula 1 tickets online",
        "UAE weather: Fog alert issued, temperatures to drop to 14°C in mountains",
    ],
    topics: &[
        "Golden Visa",
        "Emiratisation quotas",
        "school fee hikes",
        "residency renewals",
        "fuel prices",
    ],
    names: &[
        "Farah Al Mansoori",
        "Rohit Menon",
        "Maricel Dizon",
        "Tariq Haddad",
        "Eleanor Whitcombe",
    ],
    seed: 51,
};

/// Twenty-second round, written by a helper session from the noise kinds alone (not the other
/// sets): a university student newspaper.
const TUNE_52: Templates = Templates {
    teasers: &[
        "The Quad Ledger is run entirely by unpaid undergrads. Toss us $5 so the presses keep rolling every Thursday → Support student journalism",
        "MORE ON {topic}: Residence hall councils split over late-night quiet hours proposal",
        "🎙️ “Office Hours,” our weekly campus podcast, is live — this time we sit down with the cross-country captains.",
        "Get The Ledger's Monday morning roundup by email. Course deadlines, club fairs, and the stories your RA won't tell you.",
        "Related: {headline}",
        "Want to see your name in print? Our news desk is recruiting writers for the spring semester. No experience required — pizza provided at the interest meeting.",
        "SPONSORED · Division of Student Affairs",
        "HOT ON THE QUAD ① Late-night grill replaced with salad bar ② {headline} ③ Parking permits jump 18%",
        "Catch up on everything we've published about {topic}.",
        "Alumni: any amount you give helps fund our summer reporting fellowship. Give now ❤",
    ],
    forms: &[
        "Write to the editors (300 words max). Include your name, class year and major. Unsigned letters won't run.",
        "Pending review. Comments containing slurs or personal attacks on classmates get deleted.",
        "Campus email (.edu) *",
        "QUICK QUESTION: Should the student activities fee rise by $12 next fall? ◯ Yes ◯ Nope ◯ Just fix the Wi-Fi",
        "That's 3 of your 4 complimentary stories for March. Current students: authenticate with your NetID and read as much as you want.",
        "Cookies let Ledger editors see which stories get read. Keep browsing if that's fine with you. Got it",
        "You're on the list! A confirmation email is headed your way (peek in junk mail too, honestly).",
        "Search 70+ years of Ledger back issues…",
        "Seen something on campus we should know about? Our newsroom protects student sources.  Name (optional) | Message | Send",
        "Hmm, the events calendar isn't loading. Reload shortly.",
    ],
    navigation: &[
        "Home › News › Campus › {topic}",
        "News | Opinion | A&C | Sports | Features | Crossword | Print Edition",
        "« Older    Newer »",
        "Go straight to the article",
        "Pass it on ➜ Facebook · Threads · Reddit · Email · 🔗",
        "‹   1  2  3  …  7   ›",
        "SPORTS",
        "▶ 0:07 | 3:18   🔇   CC   ⛶",
        "▲ TOP",
    ],
    bylines: &[
        "{name}, Staff Writer and {name2}, Assistant News Editor",
        "{name} is a poli-sci major from the class of 2026 and the Ledger's senior campus reporter. Reach them at {handle}@quadledger.org.",
        "Photo by {name2} | Photo Editor",
        "Posted March 4, 2024 — 11:40 PM EST · last edited Mar. 5, 9:10 AM",
        "Correction: This story originally listed Wednesday as the day of the Student Senate vote. It was Tuesday, not Wednesday. The Ledger regrets the error.",
        "Contributing reporting by {name2}. Graphic by the Ledger design desk.",
        "Follow {name} on Instagram @{handle}",
        "{city} — Special to the Ledger",
    ],
    headlines: &[
        "Women's rugby club wins league crown for the first time since its founding",
        "Student Senate passes resolution calling for 24-hour library access during finals",
        "Provost announces review of general education requirements after faculty petition",
        "OPINION: Stop scheduling 8 a.m. labs, it's not building character",
        "Grad workers vote to authorize strike as contract talks stall",
        "Campus radio station returns to FM airwaves following lengthy hiatus",
        "Review: Theater department's 'Cabaret' is bold, messy and worth the ticket",
        "Three students hospitalized after e-scooter crash near Engineering Quad",
    ],
    topics: &[
        "tuition increases",
        "the dining hall contract",
        "student government elections",
        "campus housing",
        "the athletics budget",
    ],
    names: &[
        "Priya Ramaswamy",
        "Tomás Echeverría",
        "Hannah Okonkwo",
        "Lukas Brandt",
        "Mei-Lin Zhou",
    ],
    seed: 52,
};

/// Twenty-second round, written by a helper session from the noise kinds alone (not the other
/// sets): a defence and military-affairs magazine.
const TUNE_53: Templates = Templates {
    teasers: &[
        "▶ WATCH: Hall 5 walkaround — every loitering munition on the {city} floor, nine minutes flat",
        "Analyst Desk members may download the order-of-battle spreadsheet behind this piece. Upgrade your seat »",
        "RELATED: {headline}",
        "Our {topic} webinar returns Thursday at 1400Z with two former procurement chiefs. Save a seat (free for members).",
        "Sponsored | How a modular turret cut integration time for three NATO armies",
        "TRENDING ON THE SHOW FLOOR — {headline} / Why the frigate programme slipped again / Inside the counter-drone rush",
        "🎧 Ep. 212 of The Brief Room: {name} on what the latest budget request really buys",
        "The Show Daily lands by email at 07:00 each morning of the expo – booth maps, contract wins, no fluff.",
        "Download the 2025 Armoured Vehicles Yearbook (PDF, 148 pp.)",
        "More on {topic} ›",
    ],
    forms: &[
        "Free briefings left before the 1st: just 1. Verified defence-sector emails unlock 10 more.",
        "Work email*  |  Organisation type: Armed forces / Industry / Government / Academia / Press  |  Register",
        "Reader remarks go through an editor before publishing. Anything that discloses unit locations gets deleted, no exceptions.",
        "Your call: should tomorrow's light tank run tracked or wheeled? ○ Tracked ○ Wheeled ○ Cancel it entirely — Vote",
        "Cookies on this site feed audience figures and our event mailings. Agree · Configure",
        "Search specs, programmes, contractors…",
        "⚠ Spec comparison could not be fetched (503). Hit reload shortly.",
        "Analyst tier holder? Authenticate for the complete briefing",
        "Request a corporate licence for your team (5+ seats) – our licensing team usually responds inside 48 hours.",
    ],
    navigation: &[
        "Home › Land › Armoured Vehicles › {topic}",
        "Air | Land | Sea | Cyber & Space | Industry | Events | Podcasts",
        "← Previous: Day 2 highlights   |   Next: Day 4 highlights →",
        "Forward ⟶ 𝕏 · LinkedIn · ✉ · 🖨",
        "Skip to specifications table",
        "Pg. 2 / 5",
        "⏸ 00:47 / 06:12  🔇  CC  ⛶",
        "▲ Top",
        "SHOW REPORT",
        "‹ Prev image | Next image ›",
    ],
    bylines: &[
        "By {name}, Land Warfare Editor · {city}",
        "{name} reports on naval shipbuilding and submarine programmes. Find {name} on X as @{handle}",
        "Photo: {name2}/Exhibition Press Office",
        "{name2} contributed from {city}.",
        "Updated 09:40 UTC — main-gun calibre corrected from 105mm to 120mm. Found an error? corrections@ourmagazine.example",
        "{city} — Show floor, 3rd day",
        "Graphic: Specs Desk, based on manufacturer data sheets",
        "Polish text; translation: {name2}.",
        "{name} tracks {topic} for our Analyst service. Contact: {handle}@ourmagazine.example",
    ],
    headlines: &[
        "Navy Picks Second Yard to Share Corvette Workload After Delivery Delays",
        "Rival Bidders Unveil Competing 155mm Self-Propelled Howitzers as Expo Doors Open",
        "Army Quietly Shelves Cavalry Robot Trials, Citing Battery Life",
        "Budget Watchdog Flags Ballooning Sustainment Costs for Fifth-Generation Fleet",
        "Ukraine's drone makers look to export market as wartime demand shifts",
        "Coastguard Orders Twelve Patrol Boats in Record Regional Deal",
        "Inside the Race to Field a Cheap Interceptor Against Slow-Flying Threats",
        "Satellite Startup Wins Tactical Data-Relay Contract Over Established Primes",
    ],
    topics: &[
        "counter-UAS systems",
        "air and missile defence",
        "naval procurement",
        "military logistics",
        "electronic warfare",
    ],
    names: &[
        "Ingrid Halvorsen",
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Rafael Quintero",
        "Seo-yeon Tak",
    ],
    seed: 53,
};

/// Twenty-second round, written by a helper session from the noise kinds alone (not the other
/// sets): a foreign-language site's machine-translated English edition.
const TUNE_54: Templates = Templates {
    teasers: &[
        "Read also: {headline}",
        "➤ More news of {topic} you can find in our special section, it is renewed each hour.",
        "Sign on our Telegram-channel – there only the most important and quickly!",
        "Do you like the news? Support the independent journalism, make a donation of any sum. Each hryvnia is important to us 🙏",
        "THEMATIC SELECTION: {topic} — all materials",
        "Our newsletter «Evening Digest» arrives to your mail from Monday to Friday in the evening. Subscribing is free of charge",
        "Partner material",
        "Download the application of our edition for Android and iOS and receive the push-notifications about breaking events",
        "Turn on the new issue of podcast «Between the Lines»: {name} tells about {topic}",
        "The most read for the day: {headline} • Prices for bread will rise again • What is the weather to wait on weekend",
    ],
    forms: &[
        "For commenting, please, enter or pass registration.",
        "Our portal applies the files cookie for the improvement of work. Continuing the viewing, you agree with it. [Agree]",
        "From 5 free materials of this month are used 3. Issue the subscription and read without restrictions.",
        "Error of loading. Try to renew the page later",
        "Your e-mail *",
        "Interrogation: Whether you support the decision of the government about {topic}? ○ Yes, fully ○ Rather no ○ It is difficult to answer [Vote]",
        "Thanks! Your voice is counted.",
        "Search on site...",
        "The comment will appear after the check by moderator. Comments with insults are deleted.",
        "Noticed the misprint? Allocate it and press Ctrl+Enter",
    ],
    navigation: &[
        "Main » News » {topic}",
        "Politics | Economy | Society | World | Sport | Culture | Version for the visually impaired",
        "← Previous news   Next news →",
        "Upward",
        "To share: Viber · Telegram · Facebook · X · Copy the link",
        "Pages: 1 … 4 5 6 … 17 Further",
        "Pass to the main content",
        "ALL NEWS OF THE TAPE",
        "▶ Reproduce  ❚❚ Pause  🔇 Switch off the sound  ⛶ On the whole screen",
    ],
    bylines: &[
        "Author: {name}",
        "{city}, 14 March – Ukrinform Eng. Translation of the editorial board.",
        "Photo: from open sources",
        "{name} — journalist of the department of economy. Writes about {topic} since 2014. Contact: @{handle}",
        "The text is translated automatically, the editor {name2} has looked through it. At divergences the original version acts as priority.",
        "Published: 12.05.2023 14:37 | Updated: 12.05.2023 16:02",
        "Video: press service of the city council / screenshot",
        "Prepared by {name} with use of materials of agencies",
    ],
    headlines: &[
        "In the capital the metro will work longer on holidays: the schedule",
        "The deputy who fell asleep at the session explained himself to journalists",
        "Scientists named the product which is useful to eat every morning",
        "Southern farmers complain about the drought: the harvest of grain can fall on third",
        "The national team missed two goals in the added time and leaves the championship",
        "How to receive the subsidy for heating: step-by-step instruction",
        "In the zoo was born the rare leopard cub — photo",
        "The tariffs for electricity from July: what will change for the population",
    ],
    topics: &[
        "the energy reform",
        "the regional elections",
        "prices for fuel",
        "the pension system",
        "the mobilisation law",
    ],
    names: &[
        "Oksana Hrytsenko",
        "Tomasz Wierzbicki",
        "Aigerim Nurlanova",
        "Dmytro Bondarchuk",
        "Elif Karaca",
    ],
    seed: 54,
};

/// Twenty-second round, written by a helper session from the noise kinds alone (not the other
/// sets): a pan-African news portal with country editions.
const TUNE_55: Templates = Templates {
    teasers: &[
        "📻 Listen live: Morning Drive, hosted by {name}, streaming from Nairobi — tap to play (uses approx. 0.5MB per minute)",
        "Get {topic} updates on WhatsApp — hit Follow and the bell 🔔. Headlines only, no spam 👉",
        "READ IN KISWAHILI: Soma habari hii kwa Kiswahili",
        "ALSO ON THE PORTAL → {headline}",
        "Data saver tip: switch to Lite mode and read this edition with images off. It loads in under 100KB.",
        "Lagos Evening Brief on your feature phone: send BRIEF to 32811 (standard network charges apply)",
        "Sponsored | How one cooperative in {city} doubled its maize harvest with mobile credit",
        "Trending across the continent: 1. {headline} 2. Pump prices rise yet again in Dakar, Accra and Lusaka 3. Watch: Abidjan erupts after late winner",
        "Support independent African journalism. Contribute from as little as ₦500 or KSh 100 via M-Pesa, MoMo or card.",
        "Podcast: The Sahel Desk, ep. 112: hosts {name} & {name2} dig into {topic}. Download the audio-only version (12MB).",
    ],
    forms: &[
        "You are reading on a slow connection. Load images? [Yes] [Keep text only]",
        "Pick an edition: Nigeria | Kenya | Ghana | South Africa | Uganda | Francophone | Other",
        "Enter your phone number (format: +254 7XX XXX XXX) to receive breaking alerts on WhatsApp",
        "Just 1 free read left this cycle. Premium is R49/month — or sign in using your mobile number.",
        "A small record of your edition and data-saver choice is saved on this browser. Agree · Change preferences",
        "POLL: Should {topic} be debated in parliament before the end of the session? ○ Yes ○ No ○ Not sure — 2,417 votes",
        "Our moderators approve replies by hand, so posting may take a while. No insults or tribal slurs; posts in English, French, Hausa, Swahili or Amharic are welcome.",
        "Stream unavailable. The radio feed could not connect — check your data bundle and try again.",
        "Search the Accra edition…",
        "Log in with your phone or email to keep stories and read them later without data",
    ],
    navigation: &[
        "Home › Kenya › Counties › Kisumu",
        "News | Business | Sport | Afrique | Lifestyle | Radio | TV | Lite",
        "Édition: Français ▾",
        "← Older   |   Newer →",
        "Share via Telegram · WhatsApp · Facebook · X · Copy URL",
        "▶ LIVE  00:00 / ∞   🔊  Pause stream",
        "Page 2 of 3",
        "Switch to full site",
        "Back to top ↑",
        "East Africa / Politics",
    ],
    bylines: &[
        "By {name}, Correspondent in {city}",
        "{name} | Updated 09:47 WAT",
        "ADDIS ABABA, Ethiopia (Our Correspondent) —",
        "Picture: {name2} | staff",
        "Hausa original translated by {name}. {name2} ({city}) also reported.",
        "{name} is our East Africa desk's {topic} reporter. X: @{handle} · Signal tips welcome.",
        "See a mistake in this story? Email the corrections desk at standards@ with the headline and your edition.",
        "Video: {name2} • Editing: newsroom digital team",
        "Funding for this reporting came from a regional media grant; the newsroom kept full editorial control.",
    ],
    headlines: &[
        "Cocoa farmers in western Ghana threaten to stop supplying buying agents over delayed payments",
        "Kampala traders shut shops for second day as tax dispute drags on",
        "Super Eagles name unchanged squad for crucial qualifier in Bamako",
        "Zambia lifts load-shedding schedule after heavy rains refill Kariba",
        "Senegal: new offshore gas field begins exports, government says",
        "How a Nairobi start-up is selling solar fridges to fishmongers on credit",
        "Court throws out petition against Malawi electoral commission chairperson",
        "Tanzanian runner smashes national record at Diamond League meeting",
    ],
    topics: &[
        "the petrol subsidy row",
        "the county budget",
        "mobile money levies",
        "regional elections",
        "the cross-border rail project",
    ],
    names: &[
        "Wanjiru Otieno",
        "Chinedu Okafor",
        "Aminata Diallo",
        "Tesfaye Bekele",
        "Nomvula Dlamini",
    ],
    seed: 55,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a bilingual English and Urdu Pakistani news site's English pages.
const TUNE_56: Templates = Templates {
    teasers: &[
        "📺 LIVE: Our Islamabad bureau is tracking the {topic} debate as it unfolds — tap to stream the transmission",
        "ALSO READ: {headline}",
        "Prize Bond Draw Result Rs 1500 — check the complete list of winning numbers here",
        "Read today's E-Paper | آج کا اخبار پڑھیں",
        "{topic}: har khabar sab se pehle — our WhatsApp feed is live 👉 Tap to follow",
        "Related » {headline}",
        "Gold rates, namaz timings and cricket scores — all in one app for Android & iOS. ابھی ڈاؤن لوڈ کریں",
        "Sponsored | 5 Marla plots on easy instalments near the motorway. Booking open — call 0300-XXXXXXX",
        "Trending: {headline}",
        "Catch tonight's exclusive talk show on {topic} — hit the bell on YouTube 🔔",
    ],
    forms: &[
        "Note: Remarks in Roman Urdu or containing abusive language shall be rejected by our moderators.",
        "Enter your prize bond number (6 digits) and select denomination — Rs 100 / Rs 200 / Rs 750 / Rs 1500",
        "Search | تلاش کریں",
        "Poll: Ought the government to extend the deadline for {topic}? ○ Haan ○ Nahin ○ Undecided — Vote",
        "Sign up for the daily 7am digest. Email* [Send me updates]",
        "Hum cookies istemal karte hain — this website relies on cookies for readership stats and tailored adverts. Details in our data policy. Accept",
        "Live stream unavailable outside Pakistan. Reload the page in a few minutes.",
        "Choose city ▾ Karachi",
        "Name* Email* Write your opinion… Submit",
        "Sign in to save stories for later & open past e-paper editions. لاگ ان",
    ],
    navigation: &[
        "Home › National › Punjab",
        "Latest | Pakistan | International | Economy | Cricket | Entertainment | Blogs | اردو",
        "Live TV   E-Paper   Prize Bonds   Weather",
        "« Older | Newer »",
        "Share ➜ FB | Twitter | WhatsApp | Copy",
        "Karachi 34°C · Lahore 38°C · Islamabad 29°C · Quetta 21°C · Peshawar 36°C",
        "Page 2 of 9 ›",
        "Back to top ↑",
        "اردو ورژن",
        "Tags: {topic}, Sindh, NA-246, federal budget",
    ],
    bylines: &[
        "By {name} | Thu 14/03/24 — 09:42 PKT",
        "{name}, {city}",
        "ISLAMABAD (APP/Web Desk):",
        "Last updated 40 min ago — Our Correspondent",
        "{name} reports on the National Assembly and the superior judiciary. Tweets as @{handle}.",
        "Photo: Online / File",
        "Inputs: {name2}, Lahore bureau",
        "Adapted from the Urdu edition. Any factual error may be reported to the desk via the Contact page.",
        "Video: {name2} / Digital Desk",
    ],
    headlines: &[
        "Gold price jumps Rs2,300 per tola as rupee weakens",
        "SBP holds key interest rate at 22pc yet again",
        "Met Office forecasts rain, thunderstorm in upper parts of country from Thursday",
        "Babar, Rizwan return as PCB announces 15-man squad against New Zealand",
        "Petrol price likely to drop by Rs8 per litre from July 1",
        "LHC seeks reply from Punjab govt on smog-related school closures",
        "Karachi: Two suspects killed in alleged police encounter in Orangi Town",
        "Mahira Khan's new drama serial breaks viewership records on YouTube",
    ],
    topics: &[
        "electricity tariffs",
        "the IMF bailout",
        "Karachi water shortage",
        "anti-polio campaign",
        "wheat procurement",
    ],
    names: &[
        "Sana Qureshi",
        "Tariq Baloch",
        "Ayesha Siddiqi",
        "Kamran Yusufzai",
        "Daniel Mercer",
    ],
    seed: 56,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): an Afghan exile news outlet in English, Dari and Pashto.
const TUNE_57: Templates = Templates {
    teasers: &[
        "🎧 This week’s “Kabul Unheard”, our Dari-language radio hour, is out now — play it in the app or tune in on shortwave 15.4 MHz.",
        "Do you have documents or evidence about {topic}? Contact our newsroom through Signal or SecureDrop. We never store your IP address.",
        "Independent Afghan journalism survives because readers pay for it. $5 monthly keeps one reporter working inside the country. Donate ❤",
        "Also available in Dari | این گزارش را به دری بخوانید",
        "ALSO ON KOHSAR: {headline}",
        "WATCH ▶ Women teachers in Herat describe running secret classes in their living rooms (14:32, English subtitles)",
        "دا راپور په پښتو ولولئ ←",
        "Our morning briefing from {city} and the 34 provinces — in English, Dari or Pashto, straight to your inbox. Free, no tracking.",
        "Most read → {headline} / Midwifery institutes ordered shut / Inside the Torkham deportation camps",
        "Sponsored · Send money to family in Afghanistan — first transfer fee-free*",
    ],
    forms: &[
        "Your tip has been encrypted and delivered. You do not need to give your real name.",
        "Pick an amount: $15 · $30 · $75 · Custom   ☐ Repeat every month   [Proceed →]",
        "An editor checks comments before publishing, usually within a day. Write in any of our three languages; sectarian or abusive remarks will be deleted.",
        "Search in English, دری or پښتو…",
        "Our cookies show which of the three editions people read. Allow all | Essentials only | Settings",
        "Weekly {topic} digest → your email:",
        "This broadcast is geo-blocked where you are. Try our mirror site or check the shortwave schedule below.",
        "POLL: Should donor countries fund schools run under the de facto authorities? ◯ Agree ◯ Disagree ◯ Not sure   [Submit my answer]",
        "Have an account? Save articles and follow {topic} alerts. Forgot password?",
        "نظر خود را بنویسید…",
    ],
    navigation: &[
        "English | دری | پښتو",
        "Home › Afghanistan › Provinces › Balkh",
        "خانه / افغانستان / سیاست",
        "Send via Telegram | Post to Facebook | WhatsApp | 🔗",
        "Page 4 of 9   ‹ Newer | Older ›",
        "↓ Jump to the report",
        "▶  ❚❚  00:00 / 31:08  🔊  CC  ⛶",
        "Radio · TV · Podcasts · Documentaries · Programme schedule",
        "↑ Top",
        "EXILE DESK",
    ],
    bylines: &[
        "By {name} | {city} | Dari–English translation: {name2}",
        "The reporter’s name is withheld for their safety. They work from inside Afghanistan.",
        "Photo: {name2}/Kohsar Media",
        "{name} reported from Kabul until August 2021 and now covers Afghanistan from exile in {city}. On X: @{handle}",
        "Correction: This report initially named the wrong province. The school is in Paktia, not Paktika. Errors and omissions → corrections@kohsar.media",
        "گزارشگر: {name}",
        "ژباړه: {name2}",
        "26 Aqrab 1403 | 16 November 2024, 09:40 Kabul time — updated 3 hrs ago",
        "Camera & edit: {name2} · Kohsar TV",
    ],
    headlines: &[
        "Pakistan sends another 4,000 Afghans back through Torkham in a single week",
        "Kabul money changers brace as the afghani slides against the dollar",
        "Herat quake survivors face a second winter in tents",
        "Ban on women’s voices extended to radio call-in shows in four provinces",
        "Buzkashi league returns to Mazar-i-Sharif with record crowds",
        "Former MPs in exile launch a council — but who do they speak for?",
        "Poppy fields in Helmand shrink by 95%. Farmers say their children are going hungry",
        "د ننګرهار په سېلابونو کې ۱۲ کسان مړه شول",
    ],
    topics: &[
        "girls' education",
        "deportations from Iran",
        "the humanitarian crisis",
        "press freedom",
        "the Doha talks",
    ],
    names: &[
        "Zarlasht Wardak",
        "Omid Karimi",
        "Nadia Lindqvist",
        "Tomás Herrera",
        "Ikram Shinwari",
    ],
    seed: 57,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a United Nations agency's news centre.
const TUNE_58: Templates = Templates {
    teasers: &[
        "Download sitrep No. 17 (PDF, 1.8 MB) »",
        "► Podcast: “Dispatches from the Frontline” — episode 42: {topic}, with Arabic, Chinese and Spanish versions",
        "DONATE NOW — US$25 buys water purification tablets to last a household of five one month",
        "Related: {headline}",
        "Start each weekday with the Geneva digest — sign up and receive it by 7 a.m. CET.",
        "Watch on UN Web TV: noon briefing from the Spokesperson’s office, live at 12:00 New York time",
        "Zoom in on {topic} hotspots with our data dashboard →",
        "More from {city}: field dispatches, photo essays and first-person accounts from our staff",
        "Flash Appeal 2024 | 38% funded. Every contribution counts. Give today.",
        "📸 Photo story: “Waiting for the rains”",
    ],
    forms: &[
        "E-mail *",
        "Select your language: العربية | 中文 | English | Français | Русский | Español",
        "Pressing Subscribe means we will handle your personal data as the data protection policy describes. Unsubscribing takes one click.",
        "Search the news archive…",
        "Our pages store small tracking files to count visits anonymously. OK, fine / Change settings",
        "Media accreditation requests must be submitted at least 48 hours before the briefing. Sign in via the accreditation portal.",
        "Give monthly  ○ $15  ○ $35  ● $60  ○ Enter your own",
        "Audio error — this clip cannot be streamed right now.",
        "Did this article help you? 👍 👎",
        "Filter by: Region ▾ Topic ▾ Date ▾  Apply",
    ],
    navigation: &[
        "Home › News › Press briefings › Geneva",
        "Go to main menu",
        "Forward: ✉ · WhatsApp · Telegram · Weibo · 🔗",
        "‹ Earlier briefings | Later briefings ›",
        "News centre  Press releases  Statements  Photo library  Audio library  Multimedia",
        "Results 21–40 (940 total)  Next »",
        "▶ Play clip (2 min 47 sec)  ·  Download MP3, broadcast quality",
        "↑ TOP",
        "Situation reports",
    ],
    bylines: &[
        "By {name}, in {city}",
        "Photo: © UNICEF/{name} — may be reproduced by news media with credit; commercial use prohibited.",
        "{city} (UN News) —",
        "Translation from the French: {name2}. Should the versions differ, the French prevails.",
        "{name} is a Communications Officer based in the regional office in {city}. X: @{handle}",
        "Audio: {name2}/UN Radio. Duration 2'41\". Transcript available on request.",
        "Media contacts: {name}, Spokesperson, +41 22 791 ●●●● — please send corrections to the press desk",
        "Posted 9 Oct 2024 · revised 10/10/2024 09:30 GMT",
        "Video footage: {name2} / WFP. B-roll and shotlist available to broadcasters.",
    ],
    headlines: &[
        "Cholera spreads to four more districts as vaccination teams struggle to reach remote villages",
        "Secretary-General appoints new envoy for the Great Lakes region",
        "Desert locust upsurge puts Ethiopian and Somali harvests at risk, FAO warns",
        "‘We lost everything’: flood survivors rebuild with cash-for-work programme",
        "Record 117 million people forcibly displaced worldwide, new report finds",
        "Security Council extends peacekeeping mandate by twelve months",
        "Child marriage rates fall, but progress too slow to meet 2030 target",
        "Heatwave in South Asia pushes hospitals to breaking point",
    ],
    topics: &[
        "food insecurity",
        "refugee protection",
        "maternal health",
        "climate displacement",
        "mine action",
    ],
    names: &[
        "Amara Okonkwo",
        "Lucía Ferreyra",
        "Tomasz Wielgosz",
        "Farida Rahimi",
        "Kenji Arakawa",
    ],
    seed: 58,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a small-town newspaper on a common CMS template.
const TUNE_59: Templates = Templates {
    teasers: &[
        "Read today's e-Edition — every page of the print paper, just as it landed on your porch.",
        "ALSO THIS WEEK: {headline}",
        "Sign or view the guest book for this obituary ➜",
        "Holding a yard sale this weekend? Place your classified online by noon Tuesday for Thursday's paper — first 20 words at no charge when you subscribe!",
        "Support local journalism. For about what you spend on diner coffee each week, you keep reporters at every school board and {topic} meeting.",
        "📅 Put your happening on our Community Calendar — church suppers, fish fries, 4-H shows and more.",
        "Elsewhere in Sports: {headline}",
        "Sponsored by Hillcrest Farm & Feed Supply • Your hometown source for seed, fencing and pet food since 1962",
        "Get the obituaries emailed each morning: join our free Death Notices list.",
        "Our annual Readers' Choice ballot is open! Vote for your favorite pizza, mechanic and hairstylist through Aug. 31.",
    ],
    forms: &[
        "You've opened 3 of 4 no-cost stories allowed this October. Start a subscription — only $1.99 for 90 days.",
        "Get the paper delivered already? Link your carrier account and read online free — it's included.",
        "Sign in | Email address | Password | Remember this computer | Reset password",
        "Mailbag submissions: keep it under 300 words, signed, with your hometown and a daytime phone we can call to confirm. We don't return unused submissions.",
        "Guest remarks won't show until our web editor approves them — she checks weekday mornings.",
        "Sorry, there are no recent results for popular commented articles.",
        "Heads up: the Courier uses tracking cookies for visitor counts and for ads from area merchants. Carry on scrolling to accept, or open our data notice. [Got it]",
        "Weekly question — Village board and the new {topic} ordinance: ( ) Approve it ( ) Reject it ( ) Still deciding  [Cast ballot]  See tally",
        "Search classifieds: Keyword ▾ Category: All | Autos | Farm Equipment | Real Estate | Help Wanted  [Go]",
        "Thanks for reading the Courier! Sign in, or create a free account and pick a plan, to keep going with this story.",
    ],
    navigation: &[
        "Home › Community › Obituaries",
        "News Sports Opinion Obituaries Classifieds e-Edition Calendar Contact Us",
        "« Older article  |  Newer article »",
        "Facebook · Twitter · Email this · Print this · Bookmark",
        "▲ TOP",
        "Pages: 1 2 3 ›",
        "Skip ahead to article",
        "OPINION",
        "Submit: Obituary · Wedding Announcement · Birth Announcement · News Tip · Letter to the Editor",
    ],
    bylines: &[
        "By {name}, Courier reporter",
        "{name} | Courier-Gazette",
        "Staff photo by {name2}",
        "{name} writes about county government and {topic}. Call 555-0148, ext. 22, or email {handle}@hometowncourier.com.",
        "Posted Thursday, March 7, 2024 6:00 am",
        "Submitted photo",
        "Correction: A story in Tuesday's edition misspelled the name of the Lions Club president. The Courier regrets the mistake.",
        "{name2}, Correspondent",
        "Photo provided by Millbrook Historical Society",
    ],
    headlines: &[
        "Fire destroys Hoke Road barn; no livestock lost",
        "Lady Panthers roll past rivals 58-41 to clinch conference title",
        "Township supervisors table vote on solar farm after packed hearing",
        "Police Blotter: Stolen lawn mower, loose cattle on County Road 14",
        "Bauer's Drug pharmacist fills last prescription after 47 years",
        "School board eyes shorter week as bus driver shortage drags on",
        "Library's summer reading program breaks record with 612 kids signed up",
        "Sheriff warns of phone scam targeting seniors",
    ],
    topics: &[
        "water rates",
        "the county fair",
        "rural broadband",
        "high school athletics",
        "downtown parking",
    ],
    names: &[
        "Darlene Voss",
        "Tomasz Wieczorek",
        "Rosalind Okafor",
        "Earl Lindqvist",
        "Marisol Quintero",
    ],
    seed: 59,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a regional newspaper group's sites, at least half of each field written as plain sentences.
const TUNE_60: Templates = Templates {
    teasers: &[
        "Our free Morning Edition newsletter gathers the day's top stories from across the county and lands with subscribers at 6.45am from Monday to Saturday.",
        "Readers can now follow every council meeting live on the Herald app, with alerts sent as soon as a vote is taken.",
        "The Valley Gazette Business Awards return to the Riverside Pavilion on Thursday 21 November, and nominations close at the end of this month.",
        "More on this story: {headline}",
        "On The County Line podcast, our Westgate crown court reporter and chief political writer discuss what {topic} will mean for families in the region.",
        "📰 Subscribe from just £1 a week and back independent local journalism in {city}.",
        "This feature is sponsored by Harwood & Lyle Solicitors and was written by our commercial team, not our newsroom.",
        "Trending now ▸ {headline} • Police name man found at Greyfriars car park • Bin rounds shift for bank holiday",
        "Court and council reporting in the Echo relies on the money its readers contribute, and a supporter membership is priced at £4.50 a month.",
        "WATCH: Aerial pictures reveal scale of flooding on the A614 ▶️",
    ],
    forms: &[
        "Four of your five free stories for this month have now been used.",
        "Comments on this article have been closed because of ongoing legal proceedings.",
        "Thank you for signing up, and your first bulletin will arrive tomorrow morning.",
        "The Courier and around 140 advertising partners rely on trackers to measure audiences, and consent choices can be altered at any time under Privacy Options in the footer.",
        "Email address* | Postcode | ☐ I'm happy for Courier partners to send occasional deals | SIGN UP",
        "QUICK VOTE: Is it time pay-and-display was scrapped on the high street? Agree 62% · Disagree 31% · Undecided 7% (1,197 readers)",
        "Sorry, comments aren't loading just now. Reload to give it another try.",
        "Got a print subscription? Link it to your account | Forgotten password?",
        "Each post is approved by our community team between 8am and 10pm, and anything submitted overnight will appear the next morning.",
        "Your session has expired and you have been signed out of your Evening Post account.",
    ],
    navigation: &[
        "Courier › Local › {city} › Courts",
        "This page belongs to the Business section of the Northern Courier.",
        "The rest of this report continues on page two.",
        "You are on the second of three pages of this report.",
        "Share via  f  𝕏  ✉  Messenger  🔗",
        "▲ Up",
        "This report sits within our continuing coverage of {topic} across the region.",
        "Latest  Football  Rugby  Farming  Courts  Going Out  Homes  Family Notices  Motoring",
        "The video above plays with the sound off, and captions are available in the player settings.",
        "Further stories from the Ledger's farming pages appear below.",
    ],
    bylines: &[
        "By {name}, Local Democracy Reporter",
        "{name} is the Gazette's education correspondent and has followed schools across the county since 2014.",
        "This report first appeared in our sister title, the Dales Advertiser, and is republished here with permission.",
        "The photographs accompanying this report were taken by {name2}.",
        "{name} | @{handle} | 01632 960 418",
        "{name2} sent further details from {city} as the story developed.",
        "The Local Democracy Reporting Service, which is financed through the BBC licence fee, supplies coverage of councils to regional newspapers.",
        "Published 06:42 BST, 9 April 2025 · amended 08:57",
        "Readers who believe this report contains a mistake can contact the readers' editor at corrections@northerncourier.co.uk.",
    ],
    headlines: &[
        "Council approves plans for 240 homes on former dairy site despite objections from residents.",
        "Pensioner, 87, completes charity walk around every church in the diocese.",
        "Two men have been charged after a lorry load of copper cable was stolen from a depot near the bypass.",
        "Town's oldest bakery will close its doors after 112 years, owners confirm.",
        "Ambulances in the county are taking longer to arrive than at any point in ten years, according to NHS data.",
        "Primary school rated outstanding in its first inspection since becoming an academy.",
        "Residents say they were never consulted about the new bus lane on Station Road.",
        "Funding row threatens future of summer festival as organisers warn of £40k shortfall.",
    ],
    topics: &[
        "the bypass plans",
        "school admissions",
        "the hospital merger",
        "rising council tax",
        "rural bus cuts",
    ],
    names: &[
        "Morag Whitlock",
        "Tomasz Wieczorek",
        "Adaeze Okonkwo",
        "Rhys Pritchard",
        "Farida Haddad",
    ],
    seed: 60,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): an audio-first newsroom, at least half of each field written as plain sentences.
const TUNE_61: Templates = Templates {
    teasers: &[
        "Our morning show, The Early Edition, walks through the top headlines in about twelve minutes and can be found on every major podcast app.",
        "Listen: {name} talks {topic} with two people who live it every day (28 min)",
        "Last Friday's installment of Open Line took calls from farmers in three states about {topic}.",
        "🎧 Fresh episode — “{headline}” — streaming now in the app",
        "The Weekend Brief is a newsletter that lands on Saturday mornings with the stories our hosts could not fit on air.",
        "This programme is made possible by listeners who give monthly, and a gift of any size keeps the station on the air.",
        "More from Across the Wire ›",
        "Our six-part series on {topic} begins Monday on the evening programme and in the podcast feed.",
        "PAID AUDIO | A small lender rethinks credit — a branded series produced with our underwriters",
        "Many listeners who heard this story went on to hear a conversation about {topic} recorded in {city}.",
    ],
    forms: &[
        "Each reply is read by a producer on the audience desk ahead of publication beneath this episode.",
        "Inbox address* | Join the list",
        "Free transcripts are limited to five a month on this device, though the audio itself stays free to stream.",
        "A little data is kept on your browser, letting the player resume where you paused and letting us tally plays per episode. OK / Preferences",
        "This audio is not available in your region because of music rights restrictions.",
        "Poll: Did you hear the debate live on the radio? ◯ Yes ◯ No ◯ Caught the podcast later",
        "The player could not load this episode, and our engineers have been notified.",
        "Members who sign in can download episodes and listen without ads.",
        "Search shows, hosts and transcripts…",
        "A password reset message has been emailed, and it should arrive within a few minutes.",
    ],
    navigation: &[
        "Home › Podcasts › Open Line › Episode 214",
        "This story is the second part of a series, and the first part aired on Tuesday's evening programme.",
        "◀◀ 15s   ▶ Play   15s ▶▶   1x",
        "The complete broadcast runs forty-two minutes, and the segment on {topic} begins about halfway through.",
        "Jump to audio",
        "Shows | Schedule | Listen Live | Donate | Newsletters",
        "You are listening to the live stream from our {city} studio.",
        "Episodes are listed below from newest to oldest.",
        "Share this episode: Copy link · Embed · Email",
        "Earlier episodes of this podcast are available in the archive going back to 2016.",
    ],
    bylines: &[
        "Reported by {name}; produced by {name2}",
        "This transcript was generated automatically and lightly edited, so the recording is the authoritative version for quotation.",
        "{name} hosts the midday program and has tracked {topic} for the station since 2014.",
        "The episode was mixed by {name2}, and the theme music was composed by Lars Emmerich.",
        "{city} — {name}, for The Early Edition",
        "Photo: {name2}/station staff",
        "A previous broadcast of this segment misdated the station's founding, and the audio has since been fixed.",
        "{name} takes tips over Signal and can also be reached through the main switchboard of the station.",
        "Spanish interpretation: {name2}.",
    ],
    headlines: &[
        "The city council voted on Thursday to close two branch libraries after budget talks collapsed.",
        "Harbour pilots in {city} walk off the job over night-shift rules",
        "A retired ferry captain has recorded the sounds of a disappearing fishing port for ten years.",
        "Why lake levels keep falling even in wet years",
        "Regional hospitals are delaying elective surgeries as a flu wave fills emergency rooms.",
        "Three towns, one aquifer and a long quarrel over {topic}",
        "Scientists say a wet spring has pushed the locust season back by several weeks.",
        "The last print shop in the old mill district will close after 91 years in business.",
    ],
    topics: &[
        "rural broadband",
        "rising rents",
        "water rights",
        "school funding",
        "transit strikes",
    ],
    names: &[
        "Ines Varga",
        "Kofi Lindqvist",
        "Priya Castellanos",
        "Mateus Okonkwo",
        "Hana Delacroix",
    ],
    seed: 61,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a reader-funded investigative newsroom, at least half of each field written as plain sentences.
const TUNE_62: Templates = Templates {
    teasers: &[
        "Readers funded this investigation, and our reporters rely on monthly members to keep digging.",
        "Our newsroom accepts no funding from the companies we cover, which is why your donation matters so much right now.",
        "More than 38,500 people gave to our spring drive last year, and we are asking for that same support again.",
        "The {topic} series continues with five more chapters, the first of which appeared last month.",
        "The court records behind this story are available in our public document library.",
        "Every gift made before midnight will be doubled by a group of longtime supporters.",
        "Keep the watchdogs working → Join from $7 monthly",
        "🎧 NEW EPISODE: The Paper Trail — how we followed the money on {topic}",
        "READ NEXT: {headline}",
        "Have documents on a hospital, jail or agency? Our SecureDrop accepts encrypted documents. How it works »",
    ],
    forms: &[
        "Four of your five free stories this month have now been used, and members don't get this reminder.",
        "Nobody can post replies under this investigation because it concerns pending litigation.",
        "Our site keeps tiny data files on this device so we can learn which investigations readers finish, and that information is never shared with advertisers.",
        "Only the newsletter you picked will be sent to the inbox entered here.",
        "We're grateful you chose to give every month; confirmation details will arrive by email within the hour.",
        "We couldn't load the conversation below this story, and reloading in a few minutes usually fixes it.",
        "Email address* [                    ] SIGN UP",
        "Amount: $12 | $36 | $120 | Custom ___   ○ One-time ● Monthly",
        "Existing supporters → account login · Reset password",
        "Weekly poll: Is it time for the state to put {topic} inspection reports online? ◯ Absolutely ◯ Nope ◯ Undecided — Submit",
    ],
    navigation: &[
        "This is part three of a five-part series on {topic}.",
        "This story has been translated into Spanish and Vietnamese.",
        "The previous installment of this series examined how the county awarded the contracts.",
        "There are 14 more stories in this investigation.",
        "The audio edition is narrated by the reporter and runs 18 minutes.",
        "Part four of this series will publish next Thursday.",
        "Home › Investigations › {topic}",
        "Share this: Bluesky / WhatsApp / Mail / 🔗",
        "« Part 2 | Part 4 »",
        "▶ 0:00 / 18:42  🔊  1x",
    ],
    bylines: &[
        "By {name} and {name2}",
        "{name} reports on {topic} from our accountability desk. Before joining us, she spent eight years covering the statehouse in {city}.",
        "A public radio station co-published this story through our network of partner newsrooms.",
        "{name2} handled the data analysis, and the code is posted on our public repository.",
        "Our reporters reviewed more than 3,000 pages of inspection records and interviewed 46 current and former employees.",
        "Other outlets may reprint this investigation without paying under a Creative Commons license, provided they credit our newsroom.",
        "Photograph: {name2} (freelance)",
        "📩 {handle}@newsroom-tips.org | Signal: +1 555 0142",
        "Due to an editing error, the contract signing was dated 2017 in a prior edition; the correct year is 2019.",
    ],
    headlines: &[
        "A county jail paid a private medical contractor $12 million while inmates waited weeks for care.",
        "The state's largest landlord quietly settled 200 eviction cases after our reporting.",
        "Water bills doubled in a small town, and nobody on the council can explain why.",
        "Inside the lobbying push that killed a bill on {topic}",
        "Hospitals sued thousands of patients over unpaid bills during the pandemic.",
        "‘We were never told’: Families say school district hid mold reports for years",
        "A former police chief in {city} is now selling training courses to the departments he once criticized.",
        "How a veterans charity spent less than 5% of its donations on veterans",
    ],
    topics: &[
        "nursing home staffing",
        "police overtime",
        "lead in drinking water",
        "charter school finances",
        "medical debt collection",
    ],
    names: &[
        "Marisol Echeverría",
        "Tobias Lindqvist",
        "Adaeze Okonkwo",
        "Hiroshi Tanabe",
        "Declan Fairweather",
    ],
    seed: 62,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a national wire service's regional desk, at least half of each field written as plain sentences.
const TUNE_63: Templates = Templates {
    teasers: &[
        "Each weekday before breakfast, the Northeast regional desk emails a short briefing on what its reporters are chasing in six states.",
        "Our correspondents in {city} also produce a weekly podcast about {topic}, which is available wherever you listen.",
        "RELATED: {headline}",
        "Member newspapers can find the complete photo package, including 14 images from {city}, on the cooperative's distribution site.",
        "Regional reporting on {topic} receives partial funding from a family foundation in Ohio, which does not choose or edit stories.",
        "▶ WATCH: Drone view as floodwater swamps the levee road (2:14)",
        "Mountain West desk: latest →",
        "A searchable database of every county's results sits beside this article and is refreshed as ballots are tallied.",
        "📬 The Statehouse Wire — one email, every Friday, what passed and what stalled.",
        "Readers who want the regional team's updates in real time can follow its live blog, which opens every weekday around seven in the morning.",
    ],
    forms: &[
        "We were unable to confirm your sign-up for the regional digest because more than 48 hours have passed since we emailed you.",
        "Email address* | State (select one) ▾ | Subscribe",
        "Our cookies count visits to the site and recall which state desk you picked. Agree ✓ / Preferences",
        "A desk editor approves each comment on regional stories individually, and yours could take up to 24 hours to show.",
        "Your monthly allowance now stands at a single free regional article.",
        "Poll: Should your state keep paying for {topic} after 2026? ○ Yes ○ No ○ Can't say",
        "The county-by-county map failed to load, and the figures shown might be stale.",
        "Search the Southeast desk archive…",
        "Subscribers to a local member paper can log on here using those existing credentials.",
        "Error 503 – Live results feed temporarily unavailable. Retrying in 30 s",
    ],
    navigation: &[
        "Home › U.S. › Regional › Pacific Northwest",
        "This article appears in the wire's Great Plains report, which collects state and local coverage from seven bureaus.",
        "The third part of this series, due Sunday, looks at how {topic} is reshaping small towns near the border.",
        "‹ Newer | page 2 of 9 | Older ›",
        "Share ⟶ Bluesky · Threads · Mail · 🔗",
        "You are viewing the desk page for the Gulf Coast bureau, and stories are listed with the most recent first.",
        "Skip to regional headlines",
        "Thirty-eight earlier reports filed by the {city} bureau appear further down.",
        "▲ Top",
        "Playback has been paused while the player is out of view and resumes once you scroll up.",
    ],
    bylines: &[
        "By {name} | Regional Wire Service",
        "{name} covers state government and {topic} for the wire's Midwest desk from the capitol bureau in Springfield.",
        "{city} (RWS) —",
        "The photograph at the top of this story was taken by {name2}, a staff photographer based in {city}.",
        "{name} reported from {city}, and researcher {name2} added details from New York.",
        "A member newspaper first ran this piece, and the cooperative distributes it under a content-sharing agreement.",
        "{name} is on Bluesky at @{handle}",
        "A correction was appended Thursday after the county involved was misidentified in the original text.",
        "{name2} of the wire's data team drew the maps that accompany this article.",
    ],
    headlines: &[
        "A Vermont town that lost its only grocery store is now running one out of the old fire station.",
        "Drought pushes Idaho cattlemen into early herd sell-offs",
        "Officials in New Mexico say a wildfire near a reservoir is now 60% contained.",
        "Tennessee's biggest school system plans to shut 11 buildings after enrollment dropped for a fifth year.",
        "Court tosses Wisconsin voting map; legislature has 45 days to redraw",
        "A Louisiana shrimper's fight with an offshore wind developer has reached the state supreme court.",
        "Inside the two-person Nebraska newsroom that broke the grain elevator collapse",
        "Two Maine lobstermen were rescued after spending nine hours clinging to a capsized boat.",
    ],
    topics: &[
        "rural broadband",
        "water rights",
        "school consolidation",
        "wildfire recovery",
        "state pension funding",
    ],
    names: &[
        "Marisol Quintero",
        "Tobias Lindqvist",
        "Adaeze Okonkwo",
        "Hiroshi Tanabe",
        "Declan Furlong",
    ],
    seed: 63,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a city magazine, at least half of each field written as plain sentences.
const TUNE_64: Templates = Templates {
    teasers: &[
        "Our critics spent the winter eating their way through forty-one new dumpling counters, and the results of that survey run in the February issue.",
        "The Weeknight Plate is a Thursday email from our food desk that lists three tables worth booking before the weekend.",
        "ELSEWHERE IN CULTURE » The gallery openings we’re circling this month",
        "Last year’s guide to {topic} sold out at newsstands within a week, and the updated edition goes on sale Friday.",
        "Lantern Club subscribers are first in line for our supper series, where {name} cooks a five-course menu in a different borough each month.",
        "City Hall Hour, our politics podcast, returns next Tuesday with an episode on the zoning fight nobody saw coming.",
        "🍜 Hungry? Our 50 Best Cheap Eats map is now searchable by neighborhood →",
        "Related: {headline}",
        "The Riverside Arts Fund helped pay for this feature but did not see it before publication.",
        "Presented with Greyfield Rail | Five weekend escapes an hour from {city}",
    ],
    forms: &[
        "This is the second of four articles you can open without paying in March; a subscription costs less than a coffee.",
        "Readers who answered this poll will see the tally in the next print edition.",
        "Which neighborhood has the best late-night food? ( ) Eastside ( ) Old Market ( ) The Flats ( ) Somewhere else",
        "We have closed the discussion under this piece while the trial is under way.",
        "Your email*  [ Go ]  We’ll never share it with a landlord.",
        "We keep a record in your browser of which neighborhoods you follow, and we tally how our listings get read.",
        "Agree  ·  Adjust",
        "This week’s listings didn’t come through, and our web team is looking into it.",
        "Your first newsletter from us will arrive on Sunday morning.",
        "Search restaurants, venues, or writers…",
    ],
    navigation: &[
        "Home / Eat & Drink / Reviews",
        "This essay belongs to the annual Best of the City package, which continues over the page.",
        "CULTURE | FOOD | CITY HALL | REAL ESTATE | EVENTS | SHOP",
        "This is the Neighborhoods section, and more stories about {topic} are collected on its front page.",
        "3 / 7 — The bakeries",
        "The previous chapter of this guide covered the north shore; after it comes the harbor district.",
        "Post it · Text it · Email it · 🔗 · 🖨",
        "↑ Top",
        "This story appears in print in the April issue under the heading City Life.",
        "Filed under Local Politics and Council Watch.",
    ],
    bylines: &[
        "Words: {name} — Pictures: {name2}",
        "{name} is the magazine’s restaurant critic and visits every place anonymously, at our expense.",
        "{name2}, a fellow in our civic journalism program, contributed reporting.",
        "First posted Nov. 3 · last revised 9:42 a.m.",
        "Photo illustration by {name2}; source pictures from the municipal archive.",
        "{name} reports on the council chamber and the mayor’s office; her inbox is {handle}@lanternmag.com.",
        "The restaurant opens on May 2, not May 12 as this article said earlier.",
        "Interview condensed and edited for clarity.",
    ],
    headlines: &[
        "A beloved diner on Fourth Street is shutting its doors after sixty years, its owners said on Monday.",
        "The council voted 7–4 to delay the bike lane plan until after the budget hearings",
        "The oyster bars that won’t charge tourist prices this summer",
        "A new mural festival is bringing international artists to the old rail yards this fall.",
        "Neighbors and the parks department are still quarrelling over the last public pool on the west side.",
        "The city’s oldest jazz club has found a buyer, and the regulars are cautiously relieved.",
        "Our 25 favorite bookshops, ranked",
        "Rents in the arts district climbed faster than in any other neighborhood last year.",
    ],
    topics: &[
        "late-night ramen",
        "rent control",
        "community gardens",
        "the waterfront redevelopment",
        "independent cinemas",
    ],
    names: &[
        "Mireille Okonjo",
        "Tomasz Hallgren",
        "Priya Ventakesh",
        "Dario Castellucci",
        "Hana Yoshimura",
    ],
    seed: 64,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a sports daily, at least half of each field written as plain sentences.
const TUNE_65: Templates = Templates {
    teasers: &[
        "Our football podcast, The Final Third, is back on Thursday with a long look at the weekend's derby and a sit-down interview with {name}.",
        "Every Premier League game is followed live on the website from noon, with updates from our reporters at each ground.",
        "The Early Whistle newsletter arrives before seven every weekday and carries the transfer gossip that readers argue about over breakfast.",
        "Subscribers can now watch extended highlights of all Saturday's fixtures in the video section of the app.",
        "Our rugby correspondent will take reader questions about {topic} during a lunchtime chat on Friday.",
        "A special edition of the cycling podcast, recorded at the finish line in {city}, is available from tomorrow morning.",
        "MOST READ — {headline} / Striker fined after training-ground scuffle / Why the back three is dying out",
        "▶ WATCH: All nine goals as the cup's last-eight ties produced a night of chaos (4:12)",
        "Fantasy League: Gameweek 14 deadline is 11.30am Saturday — get your transfers in ⚽",
        "PROMOTED | Price boost on the {city} derby. 18+ | BeGambleAware.org",
    ],
    forms: &[
        "That was the last of this month's five free match reports, and a subscription is needed to go on reading.",
        "Reader discussion has been disabled beneath this report while a court case involving a player named here remains unresolved.",
        "Your answer has been recorded, and the results of this poll will run in Monday's paper.",
        "So that your favourite club and its scores are shown first, this website keeps a note of those choices in the browser.",
        "The live scores panel cannot load right now while our data provider restores its feed.",
        "Registered readers can post once their email address is verified, and the sports desk reads every contribution by hand before publication.",
        "Who should start in goal on Sunday? ○ Wielgosz ○ Okafor ○ Neither — VOTE",
        "Your email [                ] JOIN ☐ I'm happy to hear from betting partners",
        "Find a club, athlete or league…",
        "Official 2024/25 home shirt £64.99 · sizes S–XXL · dispatched in 2 working days 🛒",
    ],
    navigation: &[
        "News > Sport > Rugby union > Champions Cup",
        "Share ⟶ WhatsApp · 𝕏 · Reddit · Messenger",
        "Top ↑",
        "‹ newer results · older results ›",
        "Football  Rugby  Cricket  Tennis  Golf  F1  Racing  Boxing  More ▾",
        "This report belongs to a running series of dispatches on {topic}.",
        "The video will start playing after a short message from our sponsor.",
        "You are currently in the Cycling section, within our Tour de France pages.",
        "This piece is the second of four on {topic}, and the third appears on Wednesday.",
        "Results from all of today's fixtures continue over the page.",
    ],
    bylines: &[
        "By {name} · Northern football writer",
        "{name} has written about athletics since 2009 and was in the stadium for four Olympic Games.",
        "{name2} took the photographs from pitchside during the match.",
        "{name2} also reported from {city}.",
        "{name2} translated this interview, which was conducted in Spanish.",
        "Mistakes in our sports pages are corrected as quickly as possible, and details of how to raise a complaint sit at the foot of each page.",
        "{city}, 14 March —",
        "📷 Getty Images / {name2}",
        "{name} tweets at @{handle}",
    ],
    headlines: &[
        "Veteran goalkeeper signs one-year extension after turning down a lucrative move abroad",
        "Two jockeys were taken to hospital after a fall at the final fence at Kempton on Saturday.",
        "A 16-year-old qualifier has stunned the world No 4 in three sets to reach her first Grand Slam quarter-final.",
        "The county cricket club has confirmed it will sell its historic ground to a housing developer.",
        "Marathon record holder withdraws from the spring race with a calf injury",
        "Referees' body defends VAR after weekend of contentious penalty calls",
        "Boxing: Title fight switched to {city} after visa row",
        "{name} has retired from international rugby at 34 with 97 caps.",
    ],
    topics: &[
        "Rovers' promotion push",
        "the Six Nations",
        "the county championship",
        "women's football",
        "the Ashes",
    ],
    names: &[
        "Tomasz Wielgosz",
        "Adaeze Okafor",
        "Mateo Herrán",
        "Siobhán Keogh",
        "Kenji Murata",
    ],
    seed: 65,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a conflict-monitoring NGO's news and analysis pages, at least half of each field written as plain sentences.
const TUNE_66: Templates = Templates {
    teasers: &[
        "The {topic} map on our site gets new verified events from partner networks every Monday.",
        "The full dataset behind this analysis, covering more than 41,000 geolocated events since 2018, can be used by researchers and journalists without charge.",
        "Field teams in four districts depend on individual donors, and any gift made by 31 May will be matched by a family trust.",
        "Our quarterly Conflict Pulse report on {topic} came out this week and runs to 64 pages with annexes.",
        "📍 Explore the live map → incidents, displacement flows and checkpoint closures, filterable by week",
        "Readers who found this useful may also want to read how we verify reports of airstrikes, which we set out in a separate methodology note.",
        "PODCAST | Ground Truth Audio, no. 38: {name} explains what the numbers miss about {topic} (42 min)",
        "The Weekly Situation Digest — one email on Fridays, no fundraising spam. Subscribe ›",
        "Readers' picks: ① {headline} ② Why casualty counts diverge ③ Mapping the new front lines",
        "{name2} will present the findings at a public online briefing on 9 April, and the recording will be posted here afterwards.",
    ],
    forms: &[
        "Email address for flash alerts on {topic}",
        "The file download starts once you have agreed to the data licence terms below.",
        "This dataset is available to registered users only, and registration takes less than two minutes.",
        "Our cookies count map views and store your language choice. OK | Cookie options",
        "We have received your £25 donation and emailed you a receipt. Thank you.",
        "The incident map failed to display because your browser is blocking third-party scripts.",
        "Search incidents, actors, locations…",
        "A moderator reads each comment prior to publication, a process that can last a full day.",
        "Poll: Should casualty data be published in real time? ○ Yes ○ Not yet ○ After verification only",
        "Because of inactivity your account was logged out, and the filters you saved will reappear at your next login.",
    ],
    navigation: &[
        "Home › Analysis › Sahel › Field Updates",
        "This article sits in the Field Updates section, which carries short dispatches from district monitors.",
        "This is the third instalment of a series about {topic}; earlier instalments are linked below.",
        "← Previous update | Next update →",
        "Pass this on: Telegram · X · Signal · Copy URL · Email",
        "More stories from this section appear below in the order they were published.",
        "Updates 61 to 70 of 188 are shown here, with the newest first.",
        "The map above can be expanded to full screen, and its timeline slider runs from January 2019 to last week.",
        "Jump past navigation",
        "This page exists in French, Arabic and Portuguese versions.",
    ],
    bylines: &[
        "By {name} and {name2} · @{handle}",
        "{name} leads our research on {topic} and worked for eight years with a relief agency in {city}.",
        "Photo: Observatory field monitor / 2024",
        "Incident data were collected by local monitors and checked against satellite imagery and open-source footage.",
        "This report may be republished without payment provided the Observatory is credited and the wording stays unchanged.",
        "{name2} translated this analysis from Arabic.",
        "Updated 27 Feb 2025, 16:05 GMT · 7 min read",
        "Corrections and questions about our figures go to the data team, which replies within five working days.",
        "Maps were produced by {name} using data current as of last Friday.",
    ],
    headlines: &[
        "Ceasefire talks stall, with each side accusing the other of shelling a grain depot",
        "Relief trucks enter besieged town after eleven days of negotiations at the checkpoint",
        "Drone strikes in the north rose by a third in February, new data show",
        "Fishermen say coastal patrols have pushed them out of waters they worked for generations",
        "Why local militias are now recruiting through football clubs",
        "UN mission's mandate extended to December over the host government's objections",
        "Flooding displaces 40,000 people in camps that were already over capacity",
        "Monitors count fewer attacks on schools but more on health workers in 2023",
    ],
    topics: &[
        "armed violence in the Sahel",
        "displacement in eastern Congo",
        "ceasefire violations",
        "maritime incidents in the Red Sea",
        "election-related unrest",
    ],
    names: &[
        "Leila Haddadi",
        "Tomasz Wierzbicki",
        "Nkechi Obiora",
        "Ryo Takamatsu",
        "Valeria Quispe",
    ],
    seed: 66,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a national broadcaster's news site in South Asia, at least half of each field written as plain sentences.
const TUNE_67: Templates = Templates {
    teasers: &[
        "READ ALSO: {headline}",
        "The NBS Daybreak newsletter, compiled overnight by the NBS web team, sums up the main national and provincial developments before breakfast on weekdays.",
        "Our weekly farm programme Krishi Darshan visits growers in three districts this Sunday to find out how {topic} has altered sowing plans this kharif season.",
        "📺 Watch: Full interview with {name} on Samvad Tonight",
        "The Independence Day parade will be carried live on NBS World and streamed on our official YouTube channel from 8.30 am.",
        "A special documentary on the history of the national railway airs on NBS One at 9 pm on Saturday, with a repeat telecast on Monday afternoon.",
        "More on {topic} »",
        "This week's edition of our podcast Desh Ki Baat examines the economics of {topic} alongside a pair of retired finance secretaries.",
        "🎧 NBS Radio | Hourly news in 11 languages — tap to listen live",
        "Bulletins in eleven regional languages can now be followed through the NBS News app, offered free of charge on both Android and iOS phones.",
    ],
    forms: &[
        "Reader comments undergo moderation and become visible only after a member of the editorial team has cleared them.",
        "Breaking news alerts by SMS are available to subscribers of all major mobile networks for a nominal monthly charge.",
        "Your message has reached the NBS web desk. We are grateful for your help in making NBS News better.",
        "POLL: Should schools stay shut for another week because of the heatwave?  ( ) Yes, extend it  ( ) No, reopen Monday  [Submit vote]",
        "Because of broadcast rights agreements, this telecast shows a blank screen when opened from abroad.",
        "Search NBS News…",
        "NBS News uses cookies for remembering which bulletin language you picked and to gauge readership. [OK] [Change settings]",
        "Only users with a registered account and a verified email ID may leave a comment beneath this article.",
        "Oops — the radio clip could not be played. Reload and retry.",
        "Voting for the Viewers’ Choice award closes at midnight on Friday, and the results will be announced during the evening news.",
    ],
    navigation: &[
        "Home › National › {topic}",
        "Skip to main content",
        "This is the English-language version of the NBS News portal.",
        "🔗 Share ▸ Telegram • WhatsApp • Koo • Mail",
        "This article is filed under the Regional section and tagged {topic}.",
        "◀ Older  |  4 / 14  |  Newer ▶",
        "A text version of this bulletin has been published in Bangla, Tamil and Urdu as well.",
        "This page was last updated at 14:35 IST.",
        "Subtitles for this clip may be switched between English and Hindi using the CC control.",
        "Reports under this heading are arranged according to when they were first broadcast.",
    ],
    bylines: &[
        "By {name}, NBS News, {city}",
        "{name} is principal correspondent for NBS News and has covered the legislature and the Election Commission since 2011.",
        "Photo: {name2}/NBS",
        "Staff reporters in {city} and at the provincial bureaus contributed to this report.",
        "{name2} of the NBS language desk rendered this story into English from the original Nepali broadcast.",
        "Edited by: {name2} · Modified 7/9/2023, 9.15 pm IST",
        "Video footage for this report was shot by NBS cameraman {name2} and edited at the {city} regional centre.",
        "Any factual mistake spotted in this piece may be reported to the duty editor by writing to factcheck@nbsnews.gov.",
        "{name} tweets as @{handle}",
    ],
    headlines: &[
        "Cabinet approves new scheme to provide solar pumps to 20 lakh farmers",
        "Two fishermen were rescued off the eastern coast after their trawler capsized in rough seas on Wednesday.",
        "Opposition walks out of Assembly over delay in paying flood relief",
        "Tea exports climbed 9 percent during the October–December period, the commerce ministry said on Tuesday.",
        "VIDEO: Schoolchildren in hill districts receive tablets under digital learning drive",
        "National team seals 42-run win over Afghanistan in second ODI",
        "Monsoon likely to hit Kerala coast 72 hours earlier than normal, says Met department",
        "Central bank leaves its policy rate unchanged for a fourth consecutive meeting",
    ],
    topics: &[
        "monsoon flooding",
        "Union budget allocations",
        "border haat markets",
        "rural electrification",
        "World Cup qualifiers",
    ],
    names: &[
        "Sabeena Karki",
        "Imtiaz Wahid",
        "Thilini Gunasekara",
        "Dorji Penjor",
        "Elena Marchetti",
    ],
    seed: 67,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a personal-technology news and reviews site, at least half of each field written as plain sentences.
const TUNE_68: Templates = Templates {
    teasers: &[
        "Our full review of the Sonance Arc 3 noise-cancelling earbuds goes live on Thursday, tested against last year's model.",
        "The weekly Circuit Notes newsletter rounds up the gadget deals worth your money and the reviews our staff actually argued about.",
        "Members read without ads and get the annual laptop buyer's guide a week early; it arrives next month.",
        "We also tested six {topic} that cost less than $100, and only two of them earned a recommendation.",
        "On the latest Spec Sheet podcast, our hosts ask why foldable phones still cost so much, with a guest who sourced display panels for ten years.",
        "🔥 Deal alert: Pixel Tablet drops to $279 at three retailers →",
        "READ NEXT: {headline}",
        "▶ WATCH | We dropped it on concrete 10 times. Here's what survived",
        "Paid content from Nimbus Drive: how a 40-person design studio halved its cloud storage bill.",
        "Trending in Tech ▸ {headline} ▸ The e-readers we'd buy in 2025 ▸ Is 8GB of RAM still enough?",
    ],
    forms: &[
        "Commenting on this review was switched off automatically a month after it went up.",
        "Non-subscribers can open five reviews a month, and this one is your third.",
        "Prices shown were correct when this guide was last updated, and retailer stock may have changed since then.",
        "Tracking technologies help us and our ad partners learn which buying guides people open and which retailer offers to show you.",
        "Live prices from retailers are unavailable at the moment, so the figures below may be out of date.",
        "Vote recorded. So far 62 percent of respondents would rather wait for the next model.",
        "Your email* ________ [Count me in]",
        "Continue with Google · Apple · Email",
        "QUICK POLL: $1,199 for {topic} — worth it? ○ Yes ○ Nope ○ If it's discounted",
        "Search reviews, guides & deals…",
    ],
    navigation: &[
        "Home › Reviews › Phones › Android",
        "The previous part of this series looked at {topic} and is linked at the bottom of the page.",
        "Pg. 3 / 5 · Next page",
        "Pass it on:  𝕏  f  in  ✉  🔗",
        "▲ Back up",
        "1:08 / 6:21  ⏯  🔇  Subtitles  ⤢",
        "Every laptop, tablet and headphone review from this summer is collected in our Back to School 2025 hub.",
        "This is page three of our eight-part {topic} explainer; the next section covers battery life.",
        "This story belongs to the Smart Home desk, which also covers thermostats, video doorbells and home routers.",
        "This review's chapters run from build quality and screen to speed, cameras and the verdict, and the sidebar headings link straight to each one.",
    ],
    bylines: &[
        "By {name} · Senior Reviewer",
        "{name} has reviewed upward of 200 smartphones since 2014 and still carries two of them everywhere.",
        "{name2} shot the product photos for this review in our {city} studio.",
        "Retailers give us a small cut of the sale when readers buy from the shopping links here, and that money pays for our testing lab.",
        "The review unit is a loaner from Sonance and goes back once testing wraps up.",
        "{name2} filed additional details from {city}.",
        "Tips about unreleased hardware can go to {name} via an encrypted messenger or at {handle}@ourdesk.tech.",
        "Published 14 Mar 2025, 09:32 GMT | Updated 2 hrs ago",
        "Video: {name2} / Staff",
    ],
    headlines: &[
        "Samsung quietly raises the price of its mid-range tablets across Europe",
        "The smartwatch that lasted 19 days on one charge is now half price",
        "A firmware update finally fixes the Bluetooth dropouts that plagued one of last year's best earbuds",
        "Why I went back to a wired keyboard after five years",
        "Apple's next iPad Air may skip the OLED upgrade, a supply-chain analyst claims",
        "Review: The Kestrel X2 is a lovely e-reader with one baffling flaw",
        "Google will stop supporting three older Nest speakers next spring",
        "Eleven robot vacuums went up against two shedding dogs, and only one kept the rug clean",
    ],
    topics: &[
        "budget Android phones",
        "mechanical keyboards",
        "wireless earbuds",
        "smart home hubs",
        "mirrorless cameras",
    ],
    names: &[
        "Priya Raghunathan",
        "Tomás Echeverría",
        "Kwame Asante",
        "Ingrid Solberg",
        "Haruto Kanemori",
    ],
    seed: 68,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): an economics and policy magazine, at least half of each field written as plain sentences.
const TUNE_69: Templates = Templates {
    teasers: &[
        "Our quarterly briefing on {topic} brings together forecasts from eleven central-bank watchers and is sent free to subscribers on the first Monday of each month.",
        "This week’s podcast features {name} arguing that most estimates of the fiscal multiplier were built on a decade that will not return.",
        "A longer version of the analysis, with full regression tables, runs in the spring print edition.",
        "Anyone curious about the underlying figures can dig into the magazine’s tracker of pay growth across forty economies, refreshed every Thursday.",
        "This essay is adapted from a lecture {name2} delivered at the Marlowe Institute in {city} last autumn.",
        "📈 Chart Room: Seven graphs that explain {topic} →",
        "Elsewhere in the issue — {headline}",
        "Keep policy journalism independent — become a Founding Reader from $6/month",
        "Sponsored | Why regional manufacturers now insure against swings in the yen (presented by Calder Trade Finance)",
        "Our editors also recommend a recent profile of the economists who rebuilt the country’s inflation index after the statistics office lost its independence.",
    ],
    forms: &[
        "You have two complimentary pieces remaining this calendar month, after which full access starts at £1.50 a week.",
        "Thanks, your remark is now waiting for approval and should show up below within a few hours.",
        "The Ledger uses analytics tools to learn which charts get opened, and these settings can be revised from the footer.",
        "Voting has ended, and 61 per cent of respondents said they expect interest rates to be higher in a year’s time.",
        "We have written to the address you gave us, and The Ledger will start arriving after you verify the address.",
        "This interactive graphic is missing from the page because the statistics feed did not respond.",
        "Work email*   [ Get the briefing ]   Delivered Tuesdays.",
        "Search 14,000 articles, papers and data notes…",
        "Existing subscribers: log on | Send this piece to a colleague (3 gifts remaining)",
        "Should governments cap the price of rent? ○ Yes ○ No ○ For a limited period — Vote",
    ],
    navigation: &[
        "This report is one chapter of an ongoing inquiry into {topic}, with further installments scheduled through the coming weeks.",
        "This story runs in the Economics pages of our March–April issue.",
        "The first instalment looked at why productivity growth stalled in the services sector.",
        "Next in the series, an essay on pension reform in ageing societies, goes online Friday.",
        "Every piece in this collection stays unlocked until the budget debate concludes.",
        "Home › Policy › Trade & Tariffs",
        "Markets | Labour | Housing | Climate Economics | Data | Podcasts | Print Edition",
        "‹ Earlier   Page 3 / 5   Later ›",
        "Share: Twitter · LinkedIn · WhatsApp · Permalink",
        "⤴ Up",
    ],
    bylines: &[
        "{name} directs fiscal research at a think tank in {city} and previously advised the finance ministry.",
        "{name2} writes about monetary policy and bank regulation and is based in {city}.",
        "Figures cited here come from national accounts data and have been adjusted for inflation using 2020 prices.",
        "A partner outlet originally ran the piece, which we reproduce with permission under an open licence.",
        "{name2} contributed reporting; charts were prepared by our data desk.",
        "Correction: the stimulus package amounted to 1.8 per cent of GDP, not 2.8 per cent as we originally stated.",
        "By {name} | Illustration by Tomasz Wielgosz",
        "{city} — Last revised 09:45 CET",
        "Reach the author at {handle}@ledgerreview.org or on X @{handle}",
    ],
    headlines: &[
        "Central banks in emerging markets are quietly rebuilding their dollar reserves.",
        "The housing shortage is no longer just a problem for big cities.",
        "Why the minimum-wage fight has moved from Washington to state capitals",
        "Small businesses are borrowing less even as credit conditions ease.",
        "A carbon border tax could reshape trade between Europe and its neighbours.",
        "Farm subsidies cost more than ever, and farmers are still leaving the land.",
        "Remote work has not emptied downtown office districts, researchers conclude",
        "What a shorter working week did to output at 60 British firms",
    ],
    topics: &[
        "public debt",
        "industrial policy",
        "the cost of housing",
        "carbon pricing",
        "sovereign wealth funds",
    ],
    names: &[
        "Adaeze Okonkwo",
        "Henrik Solberg",
        "Mariana Echeverría",
        "Rohan Deshpande",
        "Yuki Tanabe",
    ],
    seed: 69,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a women's and family lifestyle portal with news, at least half of each field written as plain sentences.
const TUNE_70: Templates = Templates {
    teasers: &[
        "Our free Sunday letter gathers the week's best family recipes, half-term ideas and one honest column about {topic}.",
        "Anyone who liked this article might enjoy our long read on how three mothers in {city} split the night feeds.",
        "This month we are handing out a cosy weekend for four at a lakeside cabin, with entries closing at midnight on Friday.",
        "In the newest instalment of our parenting podcast, {name} talks candidly about {topic} and the guilt that tags along.",
        "Kitchen Table Club members receive our printable meal planners first, plus a live chat every month with our agony aunt.",
        "💌 Little Loves: the newsletter for new parents → sign up in 10 seconds",
        "MORE FROM HOME & FAMILY | {headline}",
        "This feature was made together with a baby-care brand, which had no influence on what our writers chose to say.",
        "Watch: our stylist {name2} tries five budget school-run outfits ▶ 3:42",
        "Most loved ♡ ① {headline} ② The lunchbox swap that saved us £20 ③ Why we banned \"be careful\" at the park",
    ],
    forms: &[
        "That was your fourth free read this month, and unlimited access now works out cheaper than a flat white each week.",
        "Thanks for joining the conversation; your post will go live after one of our moderators gives it the nod.",
        "Small files stored on your device let us remember the recipes you bookmark and tailor the adverts shown to your household.",
        "Thanks for taking part — the tally of parents' answers goes up once voting ends on Sunday evening.",
        "The recipe box is having trouble loading at the moment, so give the page another go shortly.",
        "Filling in our questionnaire on {topic} takes around five minutes, and each finished entry is put into a draw for a £100 voucher.",
        "Is your child's bedtime earlier or later than 7.30pm? ○ Earlier ○ Later ○ It changes every night",
        "Email address* | Due date or child's birthday (optional) | ☐ Yes, I'd like partner offers too | JOIN",
        "Registered reader? Sign in to pop this article into your scrapbook ✂️",
        "Buy now — £14.99 · just 3 remaining",
    ],
    navigation: &[
        "This page sits in our Parenting section, where new advice and real-life stories go live each weekday morning.",
        "This is instalment two in our run of features on {topic}, and the final one lands next Thursday.",
        "The story before this one in the collection looked at how grandparents around the country share school pick-ups.",
        "More guides on weaning, sleep and nursery costs are gathered in the Baby & Toddler area of the site.",
        "The gallery carries on over the page, with twelve more rooms from readers' family homes.",
        "Home › Family › Kids' Health › {topic}",
        "« Previous tip | 4 of 11 | Next tip »",
        "Pin it 📌  Facebook  WhatsApp  Email",
        "Skip to recipe",
        "LIFE & STYLE  MUM LIFE  HOME  MONEY  HOROSCOPES  COMPETITIONS",
    ],
    bylines: &[
        "{name} is our family editor, a mother of three who covers {topic} from her kitchen table in {city}.",
        "{name2} contributed additional interviews, speaking to parents waiting at the school gates.",
        "The photographs in this feature were supplied by the family themselves and appear with their kind permission.",
        "A practising midwife checked this article for medical accuracy, and it was last revised in the spring.",
        "Readers with their own experience of {topic} can get in touch with {name} via our reader inbox.",
        "Some items in this round-up were gifted to us, and we earn a modest cut of sales made through our links.",
        "By {name} | Senior Lifestyle Writer | @{handle}",
        "Photo: {name2} / Family Archive",
        "{city} — 09:15 GMT, English version from the German: {name2}",
    ],
    headlines: &[
        "A grandmother of six has opened a free toy library in her converted garage, and every slot is already booked.",
        "Primary schools in {city} are quietly dropping homework for the under-eights, and parents have mixed feelings.",
        "More couples are choosing to split the school holidays week by week instead of taking time off together.",
        "The midwife who has delivered twins on Christmas Day three years running says she has stopped being surprised.",
        "Families are spending more on children's birthday parties than ever before, a new survey has found.",
        "I swapped our family car for two cargo bikes — here's how it went",
        "Teen girls and skincare: what dermatologists want mums to know",
        "Nursery fees: how to claim the new funded hours in time",
    ],
    topics: &[
        "screen time",
        "toddler sleep",
        "blended families",
        "the menopause",
        "back-to-school budgets",
    ],
    names: &[
        "Harriet Osei",
        "Lucía Ferreira",
        "Priya Nandakumar",
        "Ingrid Halvorsen",
        "Tomasz Wójcik",
    ],
    seed: 70,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a weekly community newspaper for an immigrant community, at least half of each field written as plain sentences.
const TUNE_71: Templates = Templates {
    teasers: &[
        "Our free print edition reaches 140 Filipino groceries, parishes and remittance counters across the Lower Mainland each Thursday before noon.",
        "The Kababayan Business Directory now lists more than 600 family-run shops, from carinderias to notaries, and a printed copy is tucked inside this week's paper.",
        "Readers who missed last Saturday's forum about {topic} can watch the whole two hours on the Weekly's YouTube page, with Tagalog subtitles added by student volunteers.",
        "A weekly email digest of our community stories, including obituaries and parish bulletins, goes out every Friday to more than 9,000 subscribers.",
        "Our Independence Day souvenir supplement, with 48 pages of picnic photos from {city} and beyond, is on sale at the front desk for three dollars.",
        "Lola Remedios turns 100 this month, and our video team spent an afternoon with her as she cooked pancit for the entire block.",
        "▶ WATCH: Inside the Sunday tiangge that outgrew its church basement",
        "📰 E-paper subscribers get the flip-page edition every Wednesday night — $39 a year",
        "RELATED » {headline}",
        "Keep ethnic media alive — give $5 monthly →",
    ],
    forms: &[
        "Every comment waits for an editor's approval, and posts typed entirely in capital letters or aimed at other readers won't make it online.",
        "You have opened three of the five articles we offer free each month, and print plus digital access works out to about the price of a cup of kape per week.",
        "This website uses cookies so that it can remember your language preference and count how many readers visit each section.",
        "We got your classified ad, and it will be printed in Thursday's paper as soon as our office confirms the payment.",
        "Voting in this week's reader poll closed at 11:59 p.m. Sunday, and the results will be printed on Thursday beside the letters page.",
        "Name* | Email* | Parish or association (optional) | [ Send my Pasko greeting ]",
        "Find an obituary — surname, hometown or province…  🔍",
        "READER POLL — Is a consulate satellite office in {city} something you'd use?  ○ Oo/Yes  ○ Hindi/No  ○ Undecided   [Submit]",
        "Hala! Our calendar of fiestas and meetings is taking a siesta — reload shortly.",
        "Type the subscriber number that sits just above your address on the wrapper to read the e-edition.",
    ],
    navigation: &[
        "You are here: Home › Community › Parishes & Associations › {topic}",
        "Home | News | Homeland | Immigration | Faith | Business | Classifieds | E-Paper | Tagalog",
        "‹ Older        |        Newer ›",
        "Share: Viber · Facebook · Print · WhatsApp",
        "This piece belongs to our ongoing series on {topic}, and previous parts are archived in the Community section.",
        "This article ran on the seventh page of last Thursday's paper beneath the Homeland News banner.",
        "The previous story in this section was about the overseas voter registration drive at the consulate.",
        "Other Homeland News articles appear underneath, sorted by date.",
        "This is page two of a three-page article, and the story continues on the following page.",
        "↑ Top",
    ],
    bylines: &[
        "By {name} | Surrey bureau",
        "{name} is a registered nurse and a volunteer with the Bayanihan Seniors Circle who has contributed columns to this newspaper since 2011.",
        "{name2} translated the Tagalog original, and it was shortened slightly.",
        "The organizers provided these photographs and gave us permission to use them.",
        "{city} — For the Kababayan Weekly",
        "Readers who notice a mistake can email editor@kababayanweekly.ca or phone the office on weekdays between nine and five.",
        "Photo: {name2} / KW",
        "{name} covers immigration and labour for the paper and can be reached on X at @{handle}.",
        "Posted Wed, 12 Jun 2024 · Updated 4:15 PM",
    ],
    headlines: &[
        "Filipino-Canadian nurses say credential delays are keeping hundreds of them out of hospital jobs.",
        "A Surrey church choir will sing at the Vatican next spring after winning a national competition.",
        "Remittance fees rose again this quarter, and families back home are feeling the pinch.",
        "City council has approved a new name for the park where the community holds its annual summer picnic.",
        "Two sisters who arrived as caregivers in 2009 now run the busiest bakery on Fraser Street.",
        "Typhoon relief drive raises $42,000 in one weekend",
        "Teen boxer from Winnipeg brings home gold at junior nationals",
        "Consulate extends Saturday hours for passport renewals through August",
    ],
    topics: &[
        "caregiver work permits",
        "overseas absentee voting",
        "balikbayan box shipping",
        "foreign credential recognition",
        "the Rizal Day gala",
    ],
    names: &[
        "Maricel Dumalagan",
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Ravi Sundaram",
        "Elena Castellanos",
    ],
    seed: 71,
};

/// Twenty-third round, written by a helper session from the noise kinds alone (not the other
/// sets): a global newspaper's science and environment desk, at least half of each field written as plain sentences.
const TUNE_72: Templates = Templates {
    teasers: &[
        "The Thaw Line, our newsletter on the climate crisis, arrives each Thursday with dispatches from scientists at remote research stations.",
        "This piece belongs to Lost Ground, a year-long series examining how rising seas are reshaping coastal communities from Dhaka to {city}.",
        "In this week's instalment of our science podcast, {name} unpacks why {topic} has confounded researchers for two decades.",
        "Readers in {city} can join our environment editor alongside a panel of ecologists for an evening discussion on 21 November.",
        "Reporting from the environment desk is supported by readers, and even a small contribution keeps it open to all.",
        "An interactive map charting every recorded heatwave in Europe since 1950 accompanies this report.",
        "Related: {headline}",
        "▶ Watch: aerial film of the glacier calving, shot last spring (2:41)",
        "MOST VIEWED IN SCIENCE",
        "🌍 Get The Thaw Line — free, each Thursday →",
    ],
    forms: &[
        "Only one gratis story is left on your allowance before it resets next month.",
        "Reader discussion was closed early after a surge of posts unrelated to the research.",
        "Along with advertising partners, we place trackers in your browser to tally readership and personalise the adverts you see.",
        "Thanks for joining; a link to confirm the subscription should reach you within a few minutes.",
        "The ice-extent chart is temporarily unavailable, and some figures shown may be several days old.",
        "We have logged your response, and totals will appear once polling ends at midnight.",
        "Your email*   |   Subscribe free",
        "Should governments ban new petrol cars before 2030? Yes 41% · No 59% (2,318 votes)",
        "Returning reader? Log on",
        "Allow all     Cookie settings",
    ],
    navigation: &[
        "Home › Environment › Climate crisis",
        "Science | Environment | Wildlife | Energy | Pollution | Oceans",
        "« Newer   4 / 17   Older »",
        "Facebook · Bluesky · LinkedIn · Email",
        "Filed under the Environment section, within Biodiversity and Oceans.",
        "This is the international edition of our science pages.",
        "Further coverage from our environment team follows underneath.",
        "This is page two of a four-part guide to {topic}.",
        "The video player is loading, and subtitles can be switched between English, French and Spanish.",
        "A narrated recording of this piece runs to eleven minutes, and only paying subscribers may play it.",
    ],
    bylines: &[
        "{name} covers the environment for the newspaper and has worked several seasons in the Arctic and Antarctic.",
        "{name2} contributed from {city}.",
        "This article was amended on 3 March 2024 to correct the figure given for forest lost in 2022.",
        "The Halverson Ocean Trust funds this series but plays no part in editorial decisions.",
        "Photograph by {name2}, taken on assignment in the Pantanal wetlands of Brazil.",
        "By {name} in {city}",
        "Graphics: {name2} · Data: Copernicus Climate Change Service",
        "Tue 12 Mar 2024 06.00 GMT",
        "📧 {name} posts as @{handle}",
    ],
    headlines: &[
        "Antarctic sea ice has shrunk to a record low for a third consecutive winter, satellite data shows",
        "Wild salmon numbers in Scottish rivers have dropped to the lowest level since records began",
        "Biologists warn a newly described frog species in Ecuador may already be critically endangered",
        "Heat pump sales in Europe fell by a fifth last year as subsidies were cut",
        "EU agrees to delay its deforestation law by 12 months after pressure from trading partners",
        "Microplastics detected in the placentas of every volunteer in an Italian pilot study",
        "The hidden cost of lithium: water disputes flare in Chile’s Atacama desert",
        "Whale songs change in rhythm with shipping noise, researchers find",
    ],
    topics: &[
        "Arctic permafrost",
        "coral bleaching",
        "methane emissions",
        "seabed mining",
        "urban air pollution",
    ],
    names: &[
        "Ingrid Solberg",
        "Tomás Echeverría",
        "Adaeze Okonkwo",
        "Ravi Menon",
        "Hyun-woo Pak",
    ],
    seed: 72,
};

/// Twenty-fourth round, written by a helper session from the noise kinds alone (not the other
/// sets): a video-first news brand, at least half of each field written as plain sentences.
const TUNE_73: Templates = Templates {
    teasers: &[
        "Our nightly half-hour programme, The Frame, follows one story from {city} from the raw rushes all the way to the final cut.",
        "Clips from our breakfast bulletin are recut as vertical videos and land on our channel before 8 a.m. each weekday.",
        "The new season of our documentary strand looks at {topic} through the eyes of families who deal with it daily.",
        "Our Saturday email gathers the five clips that viewers replayed most often over the past seven days.",
        "{name} answers viewers' questions about {topic} on a streamed phone-in every Thursday at 6pm.",
        "This short film series is presented in partnership with a rail operator and was made independently by our studio team.",
        "▶ WATCH: {headline} (2:41)",
        "📱 Today's stories, 59 seconds flat — swipe up in the app",
        "MOST WATCHED | 1. {headline} · 2. Aerial shots of a valley under water · 3. Inside the night shift",
        "Members get ad-free streams and first looks at long-form films. Join — €4.50 per month, stop whenever →",
    ],
    forms: &[
        "Playback of this clip is restricted in some countries, since our licence covers only certain territories.",
        "The broadcast is over for today, and a full replay should appear on this page later this evening.",
        "You have watched four of the six free clips that come with an unregistered account this month.",
        "Browser cookies let us tally how often each video gets played and pick which commercials run before it.",
        "This stream failed to start, and the fault has already been logged by our technical crew.",
        "Thanks, that comment now sits in a queue and our moderators will check it before publishing.",
        "Email* [                    ] SUBSCRIBE ✉",
        "OK to all | Adjust | Strictly needed only",
        "POLL: Should {topic} top the agenda at the next summit? ◯ Yes, definitely ◯ No ◯ Depends — 12,408 votes",
        "Search videos, shows and presenters…",
    ],
    navigation: &[
        "Home › Video › World › {topic}",
        "⏮  ⏯  ⏭   01:07 / 04:26   🔊  CC  ⚙  ⛶",
        "The following video in this playlist is a report from {city}, which begins in ten seconds.",
        "Autoplay is switched on, so another clip will start when this one finishes.",
        "You are watching the global feed of our round-the-clock channel.",
        "Captions on this clip come in English, Portuguese and Hindi.",
        "This clip is the latest instalment in our ongoing reporting on {topic}.",
        "Share  ·  Embed  ·  Link  ·  Telegram",
        "LIVE • Shorts • Shows • Docs • Podcasts • Schedule",
        "Jump to video",
    ],
    bylines: &[
        "Video by {name} and {name2} in {city}.",
        "{name} is a {city}-based video reporter who has followed {topic} for the channel since 2019.",
        "Filmed and cut by {name}; some footage was shot on phones by local residents.",
        "Produced by {name2} · Motion graphics: {name}",
        "{name2} produced the English version of this report, originally filed in Portuguese.",
        "{city} · Published 2 hrs ago · 3 min watch",
        "Footage was provided by the regional fire service and appears with its consent.",
        "Viewers who believe one of our videos gets something wrong may write to the standards team at standards@clipwire.tv.",
        "@{handle} on Instagram and TikTok",
    ],
    headlines: &[
        "Rescue crews reach a mountain village cut off by landslides for nine days",
        "Port workers in {city} vote to strike over automation plans",
        "Teenage chess player beats a grandmaster in a 19-move game streamed to thousands",
        "A rare white bison calf was born on a ranch in Montana, its owners say",
        "Rate-setters pause again while price growth cools for a third month",
        "Why a small island is paying families to move there",
        "Jailed opposition figure freed on bond after overnight detention",
        "Night train between two capitals returns after a 14-year gap",
    ],
    topics: &[
        "the housing crisis",
        "wildfire season",
        "the vote recount",
        "migrant rescues at sea",
        "AI in classrooms",
    ],
    names: &[
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Lucía Barragán",
        "Henrik Solberg",
        "Priya Venkataraman",
    ],
    seed: 73,
};

/// Twenty-fourth round, written by a helper session from the noise kinds alone (not the other
/// sets): a Central Asian news agency's English service, at least half of each field written as plain sentences.
const TUNE_74: Templates = Templates {
    teasers: &[
        "The Syrdarya News Agency’s English service now sends a morning digest of regional business and energy news to subscribers each working day before nine, Astana time.",
        "The agency’s Telegram channel carries breaking news from Tashkent, Bishkek, Dushanbe and Ashgabat around the clock in English as well as Russian.",
        "A new weekly podcast from our Almaty bureau examines the ways {topic} changes daily life along the old Silk Road.",
        "Those wanting deeper coverage of {topic} will find our full special report in the site’s Analytics section.",
        "This material was prepared with the support of a regional development partner and is published as sponsored content.",
        "The agency’s photo bank offers more than 40,000 licensed images from across Central Asia to media partners on a subscription basis.",
        "📲 SNA mobile (iPhone · Android) — headlines in English, Russian, Kazakh and Uzbek",
        "READ ALSO: {headline}",
        "Top stories of the week ▸ {headline}",
        "More on {topic} → sna-news.asia/en/tags",
    ],
    forms: &[
        "Reader remarks under this dispatch appear after an English-desk moderator approves them.",
        "Following your registration, the English digest will be delivered to your mailbox starting tomorrow morning.",
        "Archive dispatches more than thirty days old open only for partner agencies holding an SNA login.",
        "Four of the six free dispatches allowed per calendar month are already used up. A partner plan lifts the cap and includes the daily bulletin.",
        "Your login has lapsed, so the page will refresh by itself shortly.",
        "The currency widget failed to fetch today’s National Bank rates.",
        "SNA saves cookies for visit statistics and to show the interface in your chosen language. [Agree] [Options]",
        "Search the site…",
        "Survey of the day: Is the Caspian transport corridor a bigger priority than {topic}? ◯ Yes ◯ No ◯ Hard to say",
        "Email* | Name | Organisation — SUBSCRIBE",
    ],
    navigation: &[
        "This page is shown in English, and Russian and Kazakh editions are also available.",
        "The present dispatch continues the agency’s long-running series on {topic} across Central Asia.",
        "Yesterday’s instalment dealt with water sharing on the Amu Darya.",
        "The interview carries over to a second page, where the minister answers questions on tariffs.",
        "Every dispatch by our Bishkek correspondent sits under the Kyrgyzstan heading.",
        "All news from {city} published today is collected on a dedicated page.",
        "Home › Regions › Central Asia › Kazakhstan",
        "Kazakhstan | Uzbekistan | Kyrgyzstan | Tajikistan | Turkmenistan | World | Business",
        "▲ Top",
        "◀◀ 0:48 / 4:21 ▶▶ 🔊 CC",
    ],
    bylines: &[
        "{name} has covered energy and mining in Kazakhstan and Mongolia for the agency since 2014.",
        "{name2} translated the text from Russian, and the English desk edited it.",
        "All materials of the agency are protected by copyright, and republication is allowed only with an active hyperlink to the source.",
        "{name} filed this dispatch from {city}; {name2} contributed from Tashkent.",
        "Factual mistakes noticed in this dispatch go to corrections@sna-news.asia, and the desk answers within 24 hours.",
        "By {name}, SNA correspondent in {city}",
        "Photo: {name2} / SNA",
        "ASTANA, 14 March (SNA) —",
        "✉ {handle}@sna-news.asia | @{handle}",
    ],
    headlines: &[
        "Uzbekistan plans to double cotton yarn exports to Turkey by 2027, the ministry says.",
        "Kyrgyz border guards detain a pair of apricot smugglers at the Batken checkpoint.",
        "Astana hosts the first regional forum on glacier monitoring this week.",
        "Tajikistan’s Rogun hydropower plant launches a third turbine months earlier than planned.",
        "Turkmen gas deliveries to China rose by nine percent in January–March.",
        "A new direct flight will link Almaty and Seoul from June.",
        "Kazakh wrestler wins gold at Asian championship in Bishkek",
        "Caspian ferry operators raise tariffs as container traffic grows",
    ],
    topics: &[
        "the Middle Corridor",
        "water-sharing talks",
        "wheat exports",
        "renewable energy",
        "labour migration",
    ],
    names: &[
        "Aigerim Sultanbekova",
        "Timur Rakhimov",
        "Elena Vorontsova",
        "Daniel Okafor",
        "Jae-won Park",
    ],
    seed: 74,
};

/// Twenty-fourth round, written by a helper session from the noise kinds alone (not the other
/// sets): an opinion and commentary site, at least half of each field written as plain sentences.
const TUNE_75: Templates = Templates {
    teasers: &[
        "Our columnist {name} writes each Tuesday on {topic}, usually from the point of view of those who live with its consequences.",
        "Crosstalk, our weekly debate podcast, comes back this Thursday, when two guests argue bitterly about {topic}.",
        "Readers on the Sunday Letters digest get a handful of the strongest reader responses a day ahead of the print edition.",
        "{name2} has written a longer essay on this subject, which was published in our spring quarterly.",
        "Three regular columnists will debate {topic} on stage in {city} next month, and a few seats remain.",
        "MORE FROM OPINION ▸ {headline}",
        "Opinion | {headline} →",
        "✉️ Get the Op-Ed Digest — five arguments that matter, weekday mornings before breakfast.",
        "Independent commentary costs money. Pitch in with $3 →",
        "Sponsored perspective: Why mid-sized firms are rethinking {topic} (Underwritten by Halvorsen Capital)",
    ],
    forms: &[
        "Letters should be under 250 words and must include the writer's full name, address and daytime phone number.",
        "Our moderation team reads each reply before publication, so yours may need as long as a day to show up.",
        "That makes two out of four free opinion pieces used in April.",
        "Reader comments for this column did not load just now.",
        "Thanks, your answer is recorded, with the tally revealed when polling wraps up on Friday.",
        "Pitches for the guest essay series are accepted through the 30th, and we regret that we cannot reply to every writer.",
        "Is {name} right?  ◯ Absolutely  ◯ Partly  ◯ Not at all   [Cast vote]",
        "Log in to respond · 148 comments · Order: Most recent ▾",
        "Email*  [ Sign me up ]  Signing up means accepting our Terms and Privacy Notice.",
        "Cookies shape which columns appear for you. Sure | Review choices",
    ],
    navigation: &[
        "Home › Opinion › Columnists › {name}",
        "Op-Eds | Editorials | Letters | Cartoons | Podcasts | Newsletters",
        "« Previous column     Next column »",
        "Share this op-ed:  Facebook · Bluesky · Threads · Reddit · Mail · 🔗",
        "This essay forms one chapter in a month-long run of commentary on {topic}, with new installments every few days.",
        "Reader correspondence on this page is refreshed every weekday afternoon.",
        "The essay carries over onto a following page, the middle one of three.",
        "Every opinion piece from this week about {topic} is gathered in a single dedicated section.",
        "A narrated edition of this column, voiced by its author, runs roughly nine minutes.",
        "Top ↑",
    ],
    bylines: &[
        "By {name} | Contributing columnist",
        "{name}, a diplomat for twenty years, contributes a fortnightly column on {topic}.",
        "{name2}, a retired schoolteacher, lives in {city}.",
        "Opinions in guest essays belong to their writers and not necessarily to the paper itself.",
        "{name2} translated this essay from Portuguese.",
        "The illustration accompanying this column is by {name2}, using source images from Getty.",
        "{name} posts as @{handle}",
        "Posted Sunday 6:05 · Last edited 11:40",
        "This column originally misdated the council's approval of the levy. The vote took place in 2019, not 2018.",
    ],
    headlines: &[
        "Our council is spending money it does not have, and voters deserve an explanation",
        "I taught high school for thirty years, and this phone ban is doomed",
        "Our pension system was built for a country that no longer exists",
        "Rural hospitals are shutting faster than any minister will admit",
        "Letters: On bike lanes, school lunches and the mayor's budget",
        "Editorial: A wealth tax won't build a single apartment",
        "OPINION | Stop pretending the housing crisis is a mystery",
        "Farmers understand drought better than the ministry does, so ask them",
    ],
    topics: &[
        "rent control",
        "school funding",
        "public transit",
        "free speech on campus",
        "the pension reform",
    ],
    names: &[
        "Ngozi Adeyemi",
        "Tomasz Wierzbicki",
        "Mariana Esquivel",
        "Kenji Hoshino",
        "Eilidh MacAskill",
    ],
    seed: 75,
};

/// Twenty-fourth round, written by a helper session from the noise kinds alone (not the other
/// sets): a travel and aviation news site, at least half of each field written as plain sentences.
const TUNE_76: Templates = Templates {
    teasers: &[
        "Every Thursday our Departures Lounge bulletin gathers fare sales, fresh routes and terminal openings from around the globe.",
        "The latest Gate Change podcast explores why regional jets are disappearing from smaller airfields.",
        "For deeper background on {topic}, our lounge-access handbook has just been refreshed for the winter timetable.",
        "A sponsored feature from a hotel partner considers long weekends along the Adriatic coast.",
        "Anyone in the Frequent Reader Club receives our yearly league table of punctual airlines a full week before everyone else.",
        "Journalism like this about airlines and airports depends on paying readers, and membership is cheaper than a terminal cappuccino.",
        "READERS' PICKS ✈ (1) {headline} (2) Why your boarding group keeps slipping (3) The quiet comeback of sleeper trains",
        "▶ Video: a retired Concorde cockpit, up close, at {city}'s aviation museum (4:12)",
        "Get the Runway app — live departure boards, delay alerts & seat maps in your pocket →",
        "RELATED: {headline}",
    ],
    forms: &[
        "Reader remarks on this piece go through a moderator first, so yours might not show up straight away.",
        "Just one free March read remains on this device, while subscribers enjoy unlimited fare alerts.",
        "Cookies help this site recall your home airport and show us how people use the flight tracker.",
        "Your fare watch for {city} is now active, and an email will follow once prices fall beneath your limit.",
        "The live departures board is offline while our connection to the airport data feed is restored.",
        "Commenting is limited to account holders, and signing up takes under sixty seconds.",
        "Poll: Should airlines charge for cabin bags? ○ Always ○ Never ○ Short-haul only",
        "From ____ To ____ | Depart 📅 | Return 📅 | 1 adult, Economy ▾ | Search flights",
        "Your email* [                ] ☐ Deal alerts please ☐ I accept the terms  SUBSCRIBE",
        "Seat map unavailable (code 502). Retry ↻",
    ],
    navigation: &[
        "You are browsing the Airlines corner of the Aviation desk.",
        "What follows is the second instalment in a four-chapter series on {topic}.",
        "Chapter three in the series examines how airports are getting ready for {topic}.",
        "Every story we have published on {topic} is gathered on a single hub page.",
        "Visa rules were covered on the preceding page of this guide, while travel insurance comes after it.",
        "Our interactive map of European night-train routes appears further down this page.",
        "Home › Travel › Aviation › Airlines",
        "✉ · WhatsApp · Facebook · LinkedIn · X · 🔗 Share",
        "Destinations · Airlines · Airports · Deals · Cruises · Rail · Points & Miles",
        "‹ Older stories · 2/7 · Newer stories ›",
    ],
    bylines: &[
        "{name} covers aviation for us and has flown with over 60 carriers on six continents.",
        "{name} reported from {city}; {name2} added reporting from elsewhere.",
        "The writer travelled as a guest of the airline, which was not shown the text before it went live.",
        "Images accompanying this story are the work of {name2}, photographing in {city}.",
        "{name2} translated the Spanish original for this edition.",
        "Requests for corrections go to our standards editor, who answers them within two working days.",
        "By {name} | Last updated 6.05am BST",
        "Photo: {name2} / Runway Media",
        "📧 Tips: {handle}@departuresdesk.com · @{handle}",
    ],
    headlines: &[
        "Budget carrier cancels dozens of flights after air traffic controllers in southern France walk out",
        "A Japanese airport has been named the world's cleanest for the ninth consecutive year",
        "Passengers on a delayed flight to Lisbon sat six hours on the apron without water, regulator says",
        "The overnight train between Paris and Berlin is returning following a ten-year pause",
        "Airline retires its last Boeing 747 with an emotional farewell flight over {city}",
        "Is business class still worth the money? We ran the numbers",
        "Heathrow's third runway: what happens next",
        "10 island escapes that need no passport",
    ],
    topics: &[
        "airport strikes",
        "long-haul travel",
        "airline loyalty schemes",
        "the summer travel season",
        "rail travel in Europe",
    ],
    names: &[
        "Ingrid Halvorsen",
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Rafael Quintero",
        "Priya Raghunathan",
    ],
    seed: 76,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a public radio station's local newsroom, at least half of each field written as plain sentences.
const TUNE_77: Templates = Templates {
    teasers: &[
        "Local segments from Morning Edition are now posted as a podcast each weekday by nine o'clock.",
        "Neighbors who chip in each month are the reason KWRB can keep a reporter on {topic} full time, with no paywall in sight.",
        "The Valley Ledger newsletter arrives every Friday afternoon with a handful of stories our editors think you shouldn't skip.",
        "▶ HEAR IT: {name} and three farm families on {topic} | Crosscurrents (12:48)",
        "RELATED — {headline}",
        "Our reporters fielded dozens of calls about {topic} on Thursday's open-line hour, and that whole conversation can be streamed from the Crosscurrents archive.",
        "Underwriting support for 91.3 KWRB comes from Halvorsen Family Dental, serving the Tri-County area since 1987.",
        "Go monthly at $10 — new sustainers get a KWRB enamel pin 🎙️",
        "TRENDING ON KWRB · {headline} · Snowplow naming contest winners picked · Council tables bus depot plan again",
        "Tonight at 7 on The Hour, {name2} follows up on this story with the county assessor.",
    ],
    forms: &[
        "Comments on kwrb.org stay hidden until a moderator has looked them over, which can take until the next business morning.",
        "Public radio has no paywall, but we do count on the readers who are able to give.",
        "Thanks, the Valley Ledger will now come to this address, as soon as you confirm it from the message in your inbox.",
        "Email address*   ZIP code   [ Join ]",
        "Tracking cookies from KWRB help us count readers of each story and listeners of each program. OK · Cookie settings",
        "LISTENER POLL — Marlow County buses after 8 p.m.? ( ) Absolutely ( ) Not needed ( ) Unsure — Submit answer",
        "Our 91.3 web stream has dropped off the air for a moment while the engineering crew brings it back.",
        "Search stories, shows and hosts…",
        "Members who are signed in can browse every Sunday concert recording going back to 2011.",
        "A pledge of $120 or more this spring qualifies you for the insulated travel mug.",
    ],
    navigation: &[
        "KWRB › Newsroom › City Hall",
        "↑ Up",
        "Send this story:  Facebook · Bluesky · Email · Link",
        "◀ Earlier   |   Later ▶",
        "00:00 ━━━━━━ 04:12   ▶   1x   ⤓ mp3",
        "Land & Water is the KWRB desk that produced this page.",
        "The broadcast version lasts four minutes and twelve seconds.",
        "Everything from the Statehouse bureau appears below, newest first.",
        "The second chapter of this three-part look at {topic} continues below.",
        "The player will move on to the next local newscast when this story ends.",
    ],
    bylines: &[
        "By {name}, KWRB News",
        "{name} covers {topic} for KWRB from the station's western bureau in Marlow.",
        "Photo: {name2} / KWRB",
        "{name} came to KWRB in 2019, after producing talk shows for six years at a commercial station in {city}.",
        "{city} (KWRB) —",
        "KWRB and the Great Plains Reporting Collaborative, a network of public media newsrooms, shared the work on this piece.",
        "{name2} takes news tips at {handle}@kwrb.org and answers messages sent to @{handle}.",
        "Factual errors in KWRB stories are reviewed by the managing editor, whose inbox is corrections@kwrb.org.",
        "Updated Mar. 4 · 6:15 PM CST",
    ],
    headlines: &[
        "Dorrance schools will move to four class days a week starting next fall",
        "Ice-jam flooding closes two bridges along the Sauk River",
        "A beekeeper's fight with the county over hive setbacks lands in district court",
        "Here's how the new state budget shakes out for community colleges",
        "Longtime KWRB host signs off after three decades of Saturday bluegrass",
        "Tribal nation opens the region's first solar-powered grocery store",
        "Hospital nurses approve a strike, citing staffing shortages",
        "Why tap water in Lyle County tastes earthy this summer",
    ],
    topics: &[
        "rural broadband",
        "the county jail expansion",
        "groundwater rights",
        "the shortage of bus drivers",
        "the downtown arena plan",
    ],
    names: &[
        "Marisol Ochoa",
        "Tobias Lindqvist",
        "Adaeze Nwosu",
        "Kenji Watanabe",
        "Priya Raghunathan",
    ],
    seed: 77,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a health and medicine news site, at least half of each field written as plain sentences.
const TUNE_78: Templates = Templates {
    teasers: &[
        "Our weekly Second Opinion newsletter unpacks one confusing medical headline in plain language every Thursday.",
        "A separate piece on how GPs diagnose {topic} walks through each test step by step.",
        "RELATED: {headline}",
        "🎧 The Ward Round, ep. 112 — why so many nurses are quitting intensive care ▶ 38 min",
        "Our {topic} coverage receives money from a charitable foundation with no influence over which stories we pursue.",
        "Trending now ▸ {headline} • Is fasting safe after 60? • What your resting pulse is telling you",
        "Subscribers skip the adverts + get monthly live Q&As with our clinicians. Join from £3.50/month",
        "Our symptom checker had its guidance refreshed this week and lists over 400 conditions.",
        "The sponsored section below comes from a pharmaceutical company, and our journalists were not involved in producing it.",
        "We have made a free printable leaflet on {topic} for patients and carers, translated into nine languages.",
    ],
    forms: &[
        "Every reader comment is screened by someone on our clinical team, which can delay it by several hours.",
        "Three of your four complimentary reads have been used up this month.",
        "Email address* | Specialty (optional) ▾ | ☐ I am a healthcare professional | SUBSCRIBE",
        "Tiny files kept by your browser let us recall your preferences and count which health topics get the most visits.",
        "QUICK VOTE: Had this season's flu jab? ● Done ○ Booked ○ Skipping it — 2,381 responses",
        "Search conditions, drugs & symptoms…",
        "The drug interaction checker is down for maintenance, and a fix should be in place shortly.",
        "Saving articles for later works only after signing in, and your profile also logs continuing education credits.",
        "This article is for subscribers only, although registered clinicians can read it free with a verified licence number.",
        "You're in ✔ Your first issue of {topic} Weekly lands on Monday.",
    ],
    navigation: &[
        "Home › Conditions › Heart & Circulation › {topic}",
        "⬆ Jump back up",
        "Share this: WhatsApp · Bluesky · Facebook · 🔗",
        "‹ Prev   3 / 7   Next ›",
        "2:48 / 6:05   ⏸   🔊   CC   1x",
        "The story is part of our Clinical Trials and Research section.",
        "Living with {topic} is a five-week series, and today's piece is number three.",
        "An automated voice reads the audio track, which lasts about six minutes.",
        "Earlier reporting in this section appears beneath, newest first.",
        "The next instalment of the series, on managing medication at home, will be published next Tuesday.",
    ],
    bylines: &[
        "By {name} | Health Policy Reporter",
        "{name} spent ten years as a hospital pharmacist in {city} before turning to reporting on medicines and patient safety.",
        "Clinical review: Dr {name2}, MBBS, MRCGP · updated 9 Oct 2023",
        "Picture: {name2}/Alamy",
        "{name2} turned the Portuguese original into English, and our medical desk verified the clinical details.",
        "{city} (Health Desk) —",
        "Factual errors in the medical reporting here get fixed promptly, and readers can flag them at corrections@clinicdesk-news.com.",
        "Additional reporting was contributed by {name2} in {city}.",
        "{name} takes story tips by encrypted message on Signal and posts about clinical research as @{handle}.",
    ],
    headlines: &[
        "Measles outbreaks spread across four states as school vaccine exemptions hit record high",
        "New blood test spots early pancreatic cancer in small trial, researchers say",
        "Scientists turn to T cells to explain who dodged Covid entirely",
        "Hospital parking charges to be scrapped for night-shift staff",
        "Common heartburn drug linked to weaker bones in women over 65, study finds",
        "FDA panel rejects weight-loss pill after liver safety concerns",
        "Junior doctors walk out again after pay talks collapse",
        "Heatwaves are sending more elderly patients to emergency rooms, data show",
    ],
    topics: &[
        "prediabetes",
        "long Covid",
        "childhood asthma",
        "menopause",
        "hearing loss",
    ],
    names: &[
        "Priya Raghunathan",
        "Tomasz Wielgosz",
        "Adaeze Okonkwo",
        "Lucía Ferrán",
        "Hiroshi Tanabe",
    ],
    seed: 78,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a farming and rural affairs weekly, at least half of each field written as plain sentences.
const TUNE_79: Templates = Templates {
    teasers: &[
        "Every Thursday at 7am, the Markets Briefing email brings deadweight and store prices from marts up and down the country.",
        "More on {topic}: everything we reported from the Royal Highland and Balmoral shows ›",
        "In the newest Yard Gate podcast, three young farmers talk frankly about taking on a county council tenancy.",
        "RELATED: {headline}",
        "Subscribers have access to the complete used machinery price guide as a PDF in the members' lounge.",
        "🎧 LISTEN | {name} on why she switched the whole herd to spring calving",
        "Friday's paper carries a twelve-page supplement on {topic}, produced jointly with the county show society.",
        "Sponsored ▪ Woodchip heating: one Cumbrian estate's story of a 33% smaller fuel bill",
        "A lot of readers who came to this article went on to our guide on preparing for a Rural Payments Agency inspection visit.",
        "MOST READ ▸ ① Red diesel roadside checks ② Bluetongue zone widened ③ Land rents climb again",
    ],
    forms: &[
        "Reader comments appear after approval by the moderators, normally inside one working day.",
        "Your April allowance is down to its last free article.",
        "Enter your CPH number or postcode",
        "POLL: Will you be applying for {topic} funding this year? ○ Yes ○ No ○ Still deciding",
        "Cookies let this website recall which mart region you prefer and tell us roughly how many people read each page.",
        "The classified advert could not be submitted because the asking price field was left empty.",
        "Print + digital from £1.60 a week | Paid up? Log in ➜",
        "Search tractors, livestock, land & property ads…",
        "The final tally of this week's poll appears in next Friday's paper, alongside some of the comments readers sent in.",
        "Local weather for your holding cannot be shown just now because our forecast supplier is carrying out maintenance.",
    ],
    navigation: &[
        "Home › Livestock › Sheep",
        "News | Markets | Machinery | Livestock | Arable | Rural Life | Jobs | Auctions",
        "‹ Older   |   Newer ›",
        "Farm Business, the section carrying this story, gets refreshed by the business desk each weekday.",
        "2 / 5 ▸",
        "▲ TOP",
        "You're reading the Scotland edition of the website.",
        "Share → LinkedIn · Email · WhatsApp · Messenger",
        "Once playback has started, subtitles for the clip switch on by themselves.",
        "The remainder of this week's Arable pages runs on to the next screen.",
    ],
    bylines: &[
        "By {name}, Livestock Editor",
        "{name} is our North Wales correspondent and farms 120 acres of upland grazing near Bala with her husband and two sons.",
        "Photograph: {name2} / Agri Pics",
        "{name} was in {city} for this report, with extra material gathered by {name2} at the newsdesk.",
        "Published 14:20, Wednesday 9 April — Updated 16:05",
        "{name2} translated this Welsh-language article into English.",
        "{name} can be contacted by phoning 07700 900412 or by email to {handle}@farmweeklynews.co.uk.",
        "The Ruthin ram sale date was misprinted in the first online version; the sale is on 6 September.",
        "Words and pictures: {name} | @{handle}",
    ],
    headlines: &[
        "Dairy farmer fined £12,000 after slurry spill killed fish in River Teme",
        "Bluetongue restricted zone extended to cover three more counties",
        "Young Farmers' clubs report record membership as rural pubs continue to close",
        "Wheat prices slip on brighter European harvest outlook",
        "Why more beef finishers are turning to rotational grazing",
        "Insurer reports second consecutive drop in tractor thefts",
        "Councillors reject plans for 40-acre solar farm on Grade 2 land",
        "Auctioneer hangs up his gavel after 45 years at Bakewell market",
    ],
    topics: &[
        "dairy margins",
        "lambing season",
        "grassland management",
        "farm succession",
        "fertiliser prices",
    ],
    names: &[
        "Gwenllian Pryce",
        "Tomasz Wierzbicki",
        "Aisling Mulcahy",
        "Rajinder Bassi",
        "Hamish Tulloch",
    ],
    seed: 79,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a humanitarian and refugee-affairs news agency, at least half of each field written as plain sentences.
const TUNE_80: Templates = Templates {
    teasers: &[
        "Our Migration Dispatch newsletter lands on Thursdays, carrying reports from border crossings and camps.",
        "Readers in over forty countries fund our {topic} coverage.",
        "→ Read next: {headline}",
        "🎧 Listen: Episode 41 of “Between Borders” — three aid workers explain how the funding cuts are playing out",
        "Readers fund most of what we publish, and memberships are what keep our reporters based close to the crises they cover.",
        "RELATED | {headline}",
        "Most shared ❶ {headline} ❷ Inside the queue for asylum appointments in {city} ❸ Why rations were halved in the northern camps",
        "We have gathered readers’ most frequent questions about {topic} into a single explainer, updated in January.",
        "Sponsored by the Halvorsen Relief Trust. The Trust had no editorial input into this special report.",
        "Offline maps of displacement sites are in our mobile app ▸ iOS | Android",
    ],
    forms: &[
        "Comments are read by a person before they go live, which usually takes a few hours.",
        "Two free reports remain in this month’s quota.",
        "Email address* ______ [Subscribe]",
        "Small cookie files tell us which reports reach readers on slow networks. [Agree] [Choose settings]",
        "Quick poll — Should aid be tied to migration-control deals? ◯ Yes, always ◯ Only sometimes ◯ Never · 1,947 votes",
        "Our displacement tracker needs a faster connection than the one you are using, so we show the figures as a table below.",
        "Search reports, countries, crises…",
        "A membership unlocks the complete archive of our investigations, original documents and datasets included.",
        "Your subscription is nearly complete, pending one verification step by email.",
        "Replies were turned off after the article drew a large number of abusive posts.",
    ],
    navigation: &[
        "Home › Regions › East Africa › Displacement",
        "Migration | Conflict | Climate | Health | Aid Policy | Investigations | Opinion",
        "Our Middle East and North Africa desk keeps all its refugee and asylum reporting on a single page.",
        "Earlier chapters of our {topic} project examined conditions in Libya and Tunisia.",
        "⤒ Top",
        "Share via ↗ Signal · Telegram · Facebook · Mail",
        "The narrated version runs to roughly 11 minutes, recorded by our audio desk.",
        "↓ Article text",
        "This report also appears in French and Arabic translation.",
        "Next week’s chapter follows {topic} along the central Mediterranean route.",
    ],
    bylines: &[
        "By {name} in {city}",
        "{name} has reported from the Sahel since 2012 and now heads our Nairobi bureau as regional editor.",
        "Photo: {name2}/TDD",
        "{name2} assisted with reporting in {city}. Interviews were held in Pashto and Dari and translated by our Kabul team.",
        "{city}, 6 June 2022",
        "Errors we make are logged on a public corrections page, and our readers’ editor answers each complaint.",
        "{name} accepts confidential tips via Signal and at {handle}@displacementdesk.org.",
        "Graphics: {name2} | Data: UNHCR, IOM",
        "Edited by {name2}. The investigation was financed by an independent press foundation which never saw a draft.",
    ],
    headlines: &[
        "Cholera cases climb in flooded districts as clinics run short of rehydration salts",
        "Donors pledge $1.2bn for Yemen, less than half of what the UN requested",
        "In Colombia’s border towns, Venezuelan families weigh whether to keep moving north",
        "Exclusive: Internal audit finds millions in aid diverted from drought response",
        "Why locust swarms are returning to East Africa",
        "Rohingya teachers open makeshift schools after camp learning centres close",
        "Central bank lifts rates again, its fourth increase in twelve months",
        "Heatwave forces exam postponements across southern Europe",
    ],
    topics: &[
        "food insecurity",
        "asylum processing",
        "camp healthcare",
        "cross-border aid",
        "climate displacement",
    ],
    names: &[
        "Nadia Haddad",
        "Tomás Echeverría",
        "Ifeoma Nwachukwu",
        "Kateryna Bondar",
        "Rahim Sultani",
    ],
    seed: 80,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a maritime and shipping trade publication, at least half of each field written as plain sentences.
const TUNE_81: Templates = Templates {
    teasers: &[
        "Every Tuesday morning the Tanker Tracker newsletter brings fixture lists and rate commentary to subscribers.",
        "In the newest Wheelhouse podcast, two charterers debate how {topic} affects Far East negotiations.",
        "▶ VIDEO | Engine room tour: a methanol-ready feeder up close (4:12)",
        "Bunker Desk briefing subscribers received this analysis two days before web publication.",
        "RELATED → {headline}",
        "Sponsored by Nordhaven Ballast Systems: Why retrofit deadlines are closer than owners think",
        "Next month's print edition carries the remainder of our {topic} dossier, which this piece opens.",
        "MOST READ ON THE QUAYSIDE 1. {headline} 2. Panama draft limits eased again 3. Who bought the Stellar capesizes?",
        "Our {city} bureau chief fields subscriber queries about {topic} during Thursday's lunchtime webinar.",
        "Premium members have access to the complete laid-up tonnage database through our Intelligence hub.",
    ],
    forms: &[
        "Moderators vet each response prior to publishing, usually inside 24 hours.",
        "Just one complimentary article remains in this month's quota.",
        "Email address* | Company | Job function ▾ | [Sign up]",
        "Quayside keeps small cookie files in your browser, preserving your vessel watchlist between visits and telling us which market reports get opened.",
        "QUICK VOTE | EU ETS: will owners slow-steam in 2025? ◉ Definitely ◉ Unlikely ◉ Only with higher carbon prices",
        "Live AIS positions cannot be loaded at present, so vessel locations on this map could be up to six hours out of date.",
        "Search vessels, ports, companies or IMO numbers…",
        "Existing members ➜ use fleet account credentials 🔒",
        "Access to this story is reserved for Dry Bulk and Tankers package holders.",
        "Registration succeeded, and a confirmation link is heading for your inbox.",
    ],
    navigation: &[
        "Home › Markets › Dry Bulk › Capesize",
        "Ports & Logistics | Shipbuilding | Tankers | Containers | Offshore | Regulation | Opinion",
        "This report is the third chapter in the Quayside series on {topic}.",
        "⇧ TOP",
        "Send this article ✉ | in | 𝕏 | WhatsApp | 🔗",
        "Regulation and Compliance is the home section for this story.",
        "Four pages make up this analysis, and the second begins here.",
        "The narrated edition takes six minutes and forty seconds to play.",
        "Our Decarbonisation channel gathers all Quayside coverage of {topic}.",
        "Pages: ‹ 14 15 16 › of 23",
    ],
    bylines: &[
        "By {name}, Chief Correspondent, {city}",
        "{name} has covered tanker markets for more than a decade and worked six years on a Piraeus crude desk before turning to journalism.",
        "Photo: Port Authority of {city} / {name2}",
        "{name2} supplied further detail from the Singapore bureau.",
        "{name} welcomes tips about {topic} at {handle}@quaysidepress.com.",
        "Graphics: {name2} | Source: broker reports, AIS data",
        "{name2} rendered this report in English; it first appeared in Norwegian in our Oslo edition.",
        "Amended 09:47 UTC, 19 November — corrects the vessel's deadweight tonnage.",
        "The newsdesk checks every vessel-data amendment request and replies by the end of the following week.",
    ],
    headlines: &[
        "Greek owner orders four LNG dual-fuel kamsarmaxes at Chinese yard",
        "Suez Canal transits recover as insurers trim war-risk premiums",
        "Hamburg terminal operator cuts 300 jobs amid automation drive",
        "Bulk carrier crew airlifted to safety as blaze guts accommodation block near Durban",
        "IMO postpones carbon levy decision until next spring",
        "Analysis: Why VLCC rates defied the seasonal slump",
        "Shipowners warn Panama Canal auction slots are pricing out smaller operators",
        "Rotterdam throughput slides again, extending quarterly decline",
    ],
    topics: &[
        "ammonia bunkering",
        "Red Sea diversions",
        "green shipping corridors",
        "ship recycling",
        "crew welfare",
    ],
    names: &[
        "Ingrid Solvang",
        "Kofi Amankwah",
        "Dimitra Lazaridou",
        "Arjun Pillai",
        "Haruka Nishida",
    ],
    seed: 81,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a local television station's news site, at least half of each field written as plain sentences.
const TUNE_82: Templates = Templates {
    teasers: &[
        "The free StormTrack 12 app buzzes whenever a tornado polygon touches your street, power or no power.",
        "▶ WATCH LIVE: Chopper 12 is over the scene right now",
        "Our meteorologists talk through the weekend outlook each Friday on the Backyard Weather podcast, which drops before sunrise.",
        "MORE: {headline}",
        "Early risers who like their headlines before the commute get them from our Sunup Briefing email, out at 5 a.m. on weekdays.",
        "📺 Stream 12 News Now 24/7 on Roku, Fire TV & Apple TV — search “WKRV”",
        "Anyone with a news tip can text our newsroom at 555-0112 or upload pictures and clips through the See It, Shoot It page.",
        "Our newsroom has followed {topic} around {city} for months, and earlier installments are collected further down.",
        "Sponsored | Traffic on the 12s comes to you courtesy of Ridgeline Auto Group",
        "The 12 Investigates team spent months digging into {topic}, and all five parts of the series can be watched on our website.",
    ],
    forms: &[
        "This browser lacks support for live video, so the newscast player stayed blank.",
        "Cookies help WKRV tailor which commercials appear and measure viewership of our streams, and those preferences may be adjusted through the Privacy Settings link in the footer.",
        "The live stream works only for viewers inside the station's coverage area, and your location couldn't be confirmed.",
        "ZIP code: _____  [ Find closings & delays ]",
        "TODAY'S QUESTION: Speed cameras for Route 9 — good idea?  ○ Absolutely  ○ No way  ○ Unsure yet  — VOTE ✔",
        "Your address has been added, and the first StormTrack 12 email will show up shortly.",
        "Reader comments have been disabled here because the case is still before the courts.",
        "Email*   ☐ StormTrack 12 alerts  ☐ Breaking News  ☐ Morning Headlines   → Join",
        "Location sharing is off, so the radar is centered on the station's full viewing area instead of your town.",
        "G  Google login · Apple login · Trouble signing in?",
    ],
    navigation: &[
        "Home › News › Crime",
        "Live | Weather | Traffic | News | Sports | Contests | Community Calendar",
        "▲ TOP",
        "This is a replay of the 6 p.m. newscast, and the next live program begins in 14 minutes.",
        "Showing stories 21–40 · Load more ⌄",
        "Pass it on ⟶ f · WhatsApp · 𝕏 · ✉ · 🔗",
        "The Local News desk files this article with its Crime and Public Safety coverage.",
        "More weather coverage appears on the following page, which opens on its own once you reach the end of this one.",
        "Sound is muted when the player first loads, and closed captions toggle on under the gear icon.",
        "Another story from the {topic} section begins below the live radar map.",
    ],
    bylines: &[
        "By {name}, 12 News Reporter",
        "{name} came to 12 News in 2019 as a multimedia journalist after several years reporting in {city}, and today covers crime and the courts.",
        "Published Oct 28, 2023 at 11:07 PM CDT · Last updated 12:20 AM",
        "Photo courtesy of the county sheriff's office.",
        "Chopper 12 video: {name2}",
        "{name} takes story tips at {handle}@wkrv12.com and on Instagram at @{handle}.",
        "Portions of this report came from AP wire copy.",
        "Our 12 Noticias colleagues handled the Spanish-language edition.",
        "Errors or omissions can be flagged with the WKRV ethics editor at fixit@wkrv12.com, and each email is answered by the next business day.",
    ],
    headlines: &[
        "School board votes to push back start times at three middle schools",
        "Man charged after deputies say he led them on a 40-mile chase while towing a stolen boat",
        "VIDEO: Black bear caught on camera splashing in backyard pool in {city} suburb",
        "Frost advisory in effect overnight as valley temperatures dip into the low 30s",
        "Longtime diner owner closes up shop after nearly five decades and says the regulars became family",
        "I-64 eastbound reopens after tractor-trailer spills load of frozen chicken",
        "Two teens hurt in shooting outside high school football game, police say",
        "County fair announces headline acts, a new ride and cheaper weekday tickets",
    ],
    topics: &[
        "the downtown bridge closure",
        "severe weather season",
        "school safety",
        "the property tax hike",
        "rising rents",
    ],
    names: &[
        "Marisol Quintero",
        "Darnell Whitaker",
        "Priya Raghunathan",
        "Tomasz Wielgosz",
        "Keiko Arakawa",
    ],
    seed: 82,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a fact-checking organisation, at least half of each field written as plain sentences.
const TUNE_83: Templates = Templates {
    teasers: &[
        "Our rating scale explains why a claim lands on Mostly False rather than Misleading, and the full methodology is published on our website.",
        "The sources behind this verdict are numbered beneath the article body for readers who wish to trace them.",
        "Every Friday our editors pick the five most-shared false claims of the week and explain where each one started in a short newsletter.",
        "📬 The Weekly Debunk lands Fridays. Zero spam, plenty of receipts.",
        "RELATED: {headline}",
        "Factline takes no money from platforms or parties; small recurring donations cover almost every verdict we publish.",
        "Seen a claim about {topic} that smells wrong? Message the Factline tip desk ➜ +44 7700 900123",
        "Did {name} really say that? Our 90-sec video breakdown ▶",
        "Our ruling archive now holds more than 14,000 verdicts, searchable by speaker, party and date.",
        "MOST CHECKED ⟶ 1) Wind turbines and whale deaths 2) The “15-minute city” lockdown 3) Vaccine shedding",
    ],
    forms: &[
        "Thanks — the tip you sent is now in our queue, where researchers triage new submissions within three working days.",
        "Discussion beneath this ruling is paused until our moderation software is repaired.",
        "Did this verdict help you? 👍 👎",
        "Your email*   ☐ I'd like the Weekly Debunk each Friday (leave the list with one click).",
        "Factline relies on a handful of cookies, mainly so we know which rulings draw readers and can keep spam bots out, and those settings remain editable via the Privacy link at the bottom of every page.",
        "Look up 9,000+ verdicts — type a claim, a politician or a keyword…",
        "Two out of three complimentary explainers are gone for March, though our verdicts themselves always stay free.",
        "Signed-in readers can save fact-checks and follow the topics they care about.",
        "A claim is required in the first box, along with a URL or screenshot showing where the post appeared.",
        "Amount: £3 · £12 · £30 · Custom — Add Gift Aid? ☐",
    ],
    navigation: &[
        "Factline › Verdicts › Health › {topic}",
        "↑ Top",
        "Pass it on: Bluesky · Signal · Threads · Mail · 🔗",
        "Our investigation into election rumours continues here with chapter two of four.",
        "Verdicts | Explainers | Ratings Guide | Methodology | About Factline | Support Us",
        "The story sits within the Politics and Elections section, whose complete collection is browsable via the topics menu.",
        "An audio reading of this check lasts around six minutes, narrated by a Factline editor.",
        "Our verdict ↓",
        "The next ruling in this category concerns {topic} and was published yesterday afternoon.",
        "Every ruling we have made on this speaker is listed together on one page, ordered from latest to oldest.",
    ],
    bylines: &[
        "By {name} and {name2} · Second read: Factline standards desk",
        "{name} covers health and science claims for Factline after six years spent as a junior doctor in {city}.",
        "{name2} contributed research to this check, with editing from {name}.",
        "Image: the viral post as captured on 2 March, with usernames blurred by Factline",
        "Mistakes spotted in a Factline ruling should be reported at corrections@factline.org, and each request receives an answer within 48 hours.",
        "Published 27 Feb 2024, 09:12 GMT · Updated 28 Feb 2024, 16:40 GMT",
        "{name2} translated this ruling from its Portuguese original.",
        "{city}, 3 June (Factline) –",
        "Tips about misleading posts reach {name} at @{handle}, and Signal is available for sensitive material.",
    ],
    headlines: &[
        "No, the moon landing footage was not filmed in a Nevada hangar",
        "Viral clip of a flooded Dubai airport dates back five years, not this week",
        "Did councillors really ban gas stoves? What the ordinance actually says",
        "Photo of a shark swimming on a highway after the hurricane is a recurring hoax",
        "The claim that bananas cure migraines is not supported by any clinical trial",
        "Wind farms are not killing whales off the New Jersey coast, marine scientists say",
        "A quote about bees attributed to Albert Einstein was never said by him",
        "How a satirical article about a tax on pet cats ended up on thousands of Facebook pages",
    ],
    topics: &[
        "vaccine safety",
        "climate statistics",
        "postal voting",
        "food prices",
        "AI-generated images",
    ],
    names: &[
        "Amara Okonkwo",
        "Lukas Brandt",
        "Priya Raghunathan",
        "Mateo Salgado",
        "Hana Kowalczyk",
    ],
    seed: 83,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a parliamentary and politics news service, at least half of each field written as plain sentences.
const TUNE_84: Templates = Templates {
    teasers: &[
        "Every Monday morning our Select Committee Tracker previews the hearings worth watching.",
        "Yesterday's exchanges on {topic}, verbatim and timestamped, are in the Lobby Ledger Pro archive.",
        "▶ WATCH: {name} grilled by backbenchers over {topic} (4:12)",
        "Elsewhere in the lobby: {headline}",
        "Our podcast team picks apart seven days of Westminster, Holyrood and Senedd business every Friday, and {name} joins the latest edition to talk about {topic}.",
        "Money for this briefing came from the Institute for Fiscal Scrutiny, whose staff did not see the text ahead of publication.",
        "TRENDING IN SW1 → {headline} / Whips brace for rebellion on planning bill / Why the Lords keeps winning ping-pong",
        "Division lists for every vote this session sit in our searchable database, which is updated shortly after the lobbies close.",
        "Get the Ledger app 📱 — push alerts the second a division is called",
        "Independent political journalism is expensive, and our funding comes from readers rather than party donors.",
    ],
    forms: &[
        "Every reply below passes a Ledger moderator first and normally surfaces within the working day.",
        "Your email* | Postcode (optional — we'll tell you how your MP voted) | Sign up",
        "Two complimentary briefings have gone on your login so far in March, leaving one.",
        "Quick vote: an elected second chamber? ○ In favour ○ Against ○ Unsure — Submit",
        "Cookies allow the Ledger to recall which constituencies interest you and see how our coverage gets read.",
        "Search bills, members and committees…",
        "The live vote counter is temporarily offline, and results should reappear once the connection returns.",
        "Only Ledger Parliamentary Monitoring subscribers can see what follows in this analysis.",
        "Staff at subscribing organisations get full access by logging in through their work email.",
        "Thanks — {topic} is now on your watchlist. Edit preferences ›",
    ],
    navigation: &[
        "Home › Westminster › Commons › Bills & Legislation",
        "News | Analysis | Committees | Devolved | Lords | Podcasts | Events",
        "Our five-week look at {topic} reaches its third instalment with this piece.",
        "‹ Previous: Monday's PMQs   |   Next: Tuesday's Lords debate ›",
        "Post to X · LinkedIn · WhatsApp · Mail · 🔗",
        "This item appears under our Parliament Live heading.",
        "▲ Top",
        "The afternoon's ministerial statements are tracked in the second tab of the live feed.",
        "An audio reading of the piece, voiced by software, lasts roughly six minutes.",
        "Earlier entries from today's live blog are collected below the latest update.",
    ],
    bylines: &[
        "By {name}, Political Correspondent",
        "{name} has sat in the Commons press gallery since the 2010 election and now leads the Ledger's parliamentary desk.",
        "{name} filed from {city}, with further material contributed by {name2}.",
        "Photo: Parliamentary Recording Unit / Ledger Pictures",
        "The committee chair was named wrongly in our first edition; the mistake was fixed on 15 March.",
        "{name2} covers the House of Lords and constitutional reform, and tips go to {handle}@lobbyledger.co.uk.",
        "Updated 16:42 GMT · Westminster",
        "The Scottish passages were rendered from Gaelic by {name2}.",
        "✉ @{handle} | Graphics: Ledger Data Team",
    ],
    headlines: &[
        "Treasury minister signals U-turn on fuel duty freeze ahead of autumn statement",
        "Councils warn that adult social care budgets will run out before March",
        "Speaker grants urgent question on prison overcrowding following days of unrest at HMP Thornbury",
        "Backbench Tories table amendment to scrap two-child benefit cap",
        "Why the Boundary Commission's new map could cost Labour six seats in the North East",
        "Former defence secretary to chair inquiry into procurement delays at Abbey Wood",
        "Peers inflict third defeat on government over renters reform bill",
        "MSPs vote to extend free bus travel to under-25s living outside the cities",
    ],
    topics: &[
        "the assisted dying bill",
        "standards reform",
        "the spending review",
        "water company regulation",
        "devolution deals",
    ],
    names: &[
        "Priya Raghunathan",
        "Tomasz Wieczorek",
        "Adaeze Okafor-Bell",
        "Rhodri Llewelyn",
        "Mariana Costa Reis",
    ],
    seed: 84,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a news aggregator's pages, at least half of each field written as plain sentences.
const TUNE_85: Templates = Templates {
    teasers: &[
        "Reporting on {topic} from 37 other outlets sits together on the event page for this story.",
        "Many readers of this article moved next to {headline}.",
        "Our overnight roundup picks the half-dozen most-shared pieces and reaches subscribers shortly after dawn.",
        "Full Coverage ›  {topic}",
        "▶ 2:14 · Clip from the partner broadcast",
        "Plus members get partner pieces with no advertising and can keep up to 500 of them saved on their phone.",
        "🔥 Hot near {city} at the moment: {headline}",
        "Promoted by an advertiser — The quiet upgrade homeowners in {city} keep mentioning",
        "Weekdays at noon, {name} hosts The Briefing, a twelve-minute audio show built around three big stories.",
        "Further pieces by this publisher show up among your picks after you follow it.",
    ],
    forms: &[
        "Thanks, your flag reached our moderators and they will look at this article within 48 hours.",
        "This publisher caps free access, and only two of your five monthly partner pieces remain.",
        "This app keeps tracking data in your browser so it can rank stories for you and tally how widely partner articles travel.",
        "Search news, topics, sources…",
        "Was this story relevant to you?   👍   👎",
        "Replies are switched off for syndicated pieces, although the conversation carries on at the outlet that first ran it.",
        "Log on via Google | Log on via Apple | Email link instead",
        "The outlet list did not arrive from our servers, so some sources may be missing from this page for now.",
        "Type a postal code for headlines near you",
        "Notice an error here? Flag it ▾",
    ],
    navigation: &[
        "Home › World › {topic}",
        "Picks | Followed | Nearby | Money | Tech | Sport | Culture",
        "What follows is screen two of the coverage timeline for this event.",
        "◀ Earlier story      Later story ▶",
        "Share ↗  Email / Threads / Facebook / Copy",
        "Sources below are ordered by publication time, most recent at the head of the list.",
        "Up to the top ↑",
        "Story text ↓",
        "Text size and reading mode can be changed from the toolbar above this article.",
        "Items in this section are picked automatically from more than 2,000 sources.",
    ],
    bylines: &[
        "By {name} | Originally published by The Harbour Ledger",
        "{name} reports on {topic} for a provincial paper, working out of {city} since 2016.",
        "This piece ran first on a partner site and appears here under a licensing agreement.",
        "Photo: {name2} / Partner agency",
        "A machine rendered this text from its Portuguese original, which takes precedence in any dispute.",
        "{city} (Wire) —",
        "Any correction to this report is handled by the original publisher, whose contact details are listed on their site.",
        "Refreshed 3h back · approx. 6 min",
        "{name} is reachable at @{handle} or through the publisher's newsroom inbox.",
    ],
    headlines: &[
        "Island ferries halted for winter after another engine breakdown",
        "Lender reports best three months on record as home-loan demand recovers",
        "Trustees keep four-day timetable in place despite parents' petition",
        "Researchers chart a buried river flowing under Antarctic shelf ice",
        "Veteran goalkeeper retires at 41: ‘My knees made the decision’",
        "Councillors back late-night bus trial for three suburbs",
        "Why grocery bills in seaside towns are rising quicker than inland",
        "Drought forces olive growers to harvest a month early",
    ],
    topics: &[
        "housing costs",
        "the port strike",
        "wildfire season",
        "electric vehicles",
        "local elections",
    ],
    names: &[
        "Amara Okafor",
        "Tomasz Wielgosz",
        "Leilani Kahale",
        "Rafael Quintero",
        "Jae-min Seo",
    ],
    seed: 85,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a provincial South Asian newspaper's English edition, at least half of each field written as plain sentences.
const TUNE_86: Templates = Templates {
    teasers: &[
        "Every Sunday, the magazine pullout on {topic} is distributed without charge alongside the newspaper at all district headquarters.",
        "Subscribers in {city} now get all twenty pages of the morning paper as a PDF on WhatsApp, well before the hawkers arrive at the doorstep.",
        "ALSO READ: {headline}",
        "The Courier's bilingual podcast on {topic} is released on Thursdays soon after maghrib prayers.",
        "Join our District Bulletin » flood alerts, load-shedding schedules & board results by SMS (Rs 2/day)",
        "Money for this investigation came through a fellowship on {topic} administered by a Lahore media trust whose staff never saw the draft.",
        "📲 The Indus Courier app — now on Android & iOS, with Urdu and Sindhi pages",
        "Journalism from the smaller towns does not pay for itself, so the few hundred rupees our readers send every month pay for the stringers' petrol and phone bills.",
        "TOP 5 TODAY ▸ {headline} ▸ Tehsil officials suspended over wheat stock audit ▸ New bus route from Sukkur bypass",
        "VIDEO: Knee-deep in floodwater — our reporter visits villages near {city} (3:42)",
    ],
    forms: &[
        "Remarks posted below appear only after the web desk has gone through them, which on weekends may stretch to a full day.",
        "Name* | Email* | Your city — Post Comment",
        "Four out of five complimentary articles for March are already gone, and the Rs 299 monthly plan removes the limit.",
        "Small trackers help the Courier count visitors, and carrying on with browsing counts as consent to them.",
        "QUICK POLL — Winter holidays for schools should be extended by two weeks. ○ Haan ○ Nahin ○ Pata nahin [Cast vote]",
        "🔍 Search e-paper archive by date, page or keyword",
        "The one-time code on your registered mobile has lapsed; a fresh one can be requested after sixty seconds.",
        "Sorry, the weather box could not fetch readings for this district right now.",
        "Mobile no. login | Forgot PIN?",
        "Your {city} edition subscription lapses in 3 days. Renew →",
    ],
    navigation: &[
        "Home / Provinces / Upper Sindh / {topic}",
        "« Older | Newer »",
        "Pages: 12 · 13 · 14 … 31 ›",
        "▲ TOP",
        "Share on: FB · Twitter/X · WA · Mail · 🖨",
        "The story sits in the Districts and Agriculture sections, with further coverage under {topic}.",
        "Additional news from the Karachi city pages appears below this report.",
        "The spoken version of the report is now playing at normal speed.",
        "Jump ↓ article",
        "This is the text-only edition of the day's newspaper, without the page images.",
    ],
    bylines: &[
        "By {name} | Staff Correspondent, {city}",
        "{city}, Jan 14 (Correspondent):",
        "{name} has covered district politics and {topic} for the Courier since 2011, mostly from the northern districts.",
        "Photo: {name2}/Indus Courier",
        "The Urdu original of this story was rendered for the English pages by {name2}.",
        "Mistakes in the above story can be brought to the notice of the news desk at readers@induscourier.pk.",
        "{name2} contributed from {city}.",
        "Published: 09:15 PKT, March 3 | Updated: 11:40 PKT",
        "{name} tweets as @{handle} and answers mail from readers on Fridays.",
    ],
    headlines: &[
        "Cabinet nods revised salary scales for lady health visitors",
        "Cattle market traders protest as entry levy doubled ahead of Eid",
        "Dengue cases cross 300 mark in city; fumigation drive launched",
        "Two-day kabaddi championship opens at district sports complex",
        "Intermediate board issues revised date sheet after prolonged power outages",
        "Growers block national highway over delayed sugarcane payments",
        "Government girls' college gets its first science block after 40 years",
        "Landslide cuts off 12 villages; army called in for relief work",
    ],
    topics: &[
        "wheat procurement",
        "girls' education",
        "canal water disputes",
        "local government polls",
        "road safety",
    ],
    names: &[
        "Rukhsana Mengal",
        "Arjun Thapa",
        "Kamran Yousafzai",
        "Nirosha Wickrama",
        "Dilnoza Karimova",
    ],
    seed: 86,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a foreign-policy think tank's commentary pages, at least half of each field written as plain sentences.
const TUNE_87: Templates = Templates {
    teasers: &[
        "The spring issue of our quarterly journal is devoted to {topic}, with essays from former diplomats in eleven countries.",
        "Our fellows unpack the week's developments on {topic} every Thursday in The Long Table, which is carried by most podcast apps.",
        "RELATED ANALYSIS → {headline}",
        "This commentary forms one strand of the Institute's multi-year project on maritime stability in the Indo-Pacific, funded by the Verhoeven Foundation.",
        "📬 Periphery Notes — our fortnightly briefing on {topic} — lands every other Tuesday morning.",
        "Independent research relies on its readers, and a modest donation keeps our analysis paywall-free.",
        "WATCH | {name} and {name2} debate the future of {topic} (58 min)",
        "Ashbury Centre members receive each Strategic Outlook a week ahead of release, plus invitations to closed-door roundtables.",
        "Popular now ▸ {headline} ▸ Why the Sahel coups keep happening ▸ Arms control is dying without a funeral",
        "An expanded form of this argument features in the author's new book, The Borrowed Century, out from Meridian Press in October.",
    ],
    forms: &[
        "Submissions to this discussion are held for moderation and normally go live within a working day.",
        "Email address* | Country/region ▾ | Count me in",
        "Non-members may open three analyses a month without charge, and this is your second.",
        "Ashbury sets analytics cookies that tell our researchers which papers people actually finish. OK / Choose cookies",
        "Your view: Should NATO set a 3% spending floor? ○ Agree ○ Disagree ○ Unsure — 1,284 responses",
        "Find papers by region, issue or expert…",
        "Booking places at the Ashbury roundtable is suspended until our systems upgrade is complete.",
        "Thanks for subscribing; a message asking you to confirm your address is on its way.",
        "Fellows and corporate members can log in for the complete PDF with footnotes and annexes.",
        "Log in | Register | Forgot password?",
    ],
    navigation: &[
        "Home › Research › Regions › Eastern Europe › Commentary",
        "Back to top ↑",
        "Share on: Bluesky · LinkedIn · WhatsApp · Mail · ⎙",
        "This piece sits within the Commentary series, which gathers short analytical notes by Institute staff.",
        "‹ Prev   1   2   3   Next ›",
        "An archived copy of this page is shown here, and some links may no longer work.",
        "Our programmes and regional centres are listed in the menu at the head of every page.",
        "Translations of this article exist in French, Spanish and Arabic.",
        "A narrated version of this commentary uses a synthetic voice and runs just under ten minutes.",
        "EXPERT COMMENT",
    ],
    bylines: &[
        "{name} directs the Gulf politics programme at the Institute and previously served as a political officer in the Dutch Foreign Ministry.",
        "By {name} and {name2} | 6 Feb 2025",
        "Map: Ashbury Centre graphics desk; source data from UN OCHA",
        "{name2} translated this commentary from Portuguese.",
        "Any opinions here are the author's; the Centre itself holds no institutional positions.",
        "Photo: Mikael Sørlie / Nordpix",
        "Corrections and clarifications may be addressed to the editorial desk at editors@ashburycentre.org.",
        "Contact: @{handle} · press office +31 70 555 0192",
        "{name} is grateful to {name2} for research assistance on an earlier draft.",
    ],
    headlines: &[
        "Ghana's cocoa farmers are placing their hopes in a new kind of co-operative",
        "Why polar diplomacy may not survive another decade",
        "Kazakhstan is quietly rewriting its uranium playbook",
        "The EU's carbon border levy is already reshaping trade with India",
        "What Chile's lithium nationalisation means for battery makers",
        "Five questions on the Mekong dam dispute",
        "Brazil wants a seat at every table. Can it afford one?",
        "Taiwan's chip diplomacy has limits that Washington keeps ignoring",
    ],
    topics: &[
        "Arctic security",
        "sanctions policy",
        "the Black Sea grain corridor",
        "nuclear non-proliferation",
        "Indo-Pacific trade",
    ],
    names: &[
        "Amara Okonjo",
        "Tomasz Wierzbicki",
        "Farid Nazarov",
        "Sunniva Berglund",
        "Mateo Ikeda",
    ],
    seed: 87,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a weather and disaster-alerts news service, at least half of each field written as plain sentences.
const TUNE_88: Templates = Templates {
    teasers: &[
        "Our forecasters put together a brief dawn rundown on {topic} that lands in subscriber inboxes each weekday.",
        "On the newest Fault Lines episode, two seismologists argue over why aftershock odds confuse almost everyone who hears them.",
        "▶ VIDEO: Aerial clip tracks the flood crest rolling through {city} (2:41)",
        "Readers who lean on our free quake maps can help keep them running with a small monthly gift.",
        "Related: {headline}",
        "A regional roofing cooperative funded this forecast discussion and had no say over what our meteorologists wrote.",
        "TRENDING NOW — 1. Tornado watch widened 2. M5.1 jolts coastline 3. Heat advisory stretched to Sunday",
        "📲 County-level warnings within seconds of issuance. Grab the AlertCast app, free on iOS & Android",
        "Every piece we have written on {topic} sits together on one hub that our editors refresh through the season.",
        "Members get radar without ads plus three extra days of hour-by-hour forecast data.",
    ],
    forms: &[
        "Your post has been queued, and a community editor should approve it shortly.",
        "ZIP / postcode or town for local warnings [ Go ]",
        "Three of five complimentary storm reports used; the allowance resets on the first of the month.",
        "AlertCast sets cookies so your favourite locations stick and so we can see which radar views people open. Sounds fine | Settings",
        "Quick question: Did the emergency alert reach your phone? ◯ It did ◯ It didn't ◯ Can't remember",
        "The lightning tracker is offline for now while the team repairs a broken data feed.",
        "Email address*",
        "Subscribers to the hurricane-season bulletin must click the verification email before the first edition arrives, which can take several minutes.",
        "Sign in to pin {city} to your alert dashboard →",
        "Replies are closed under this article given the flood of posts during the emergency.",
    ],
    navigation: &[
        "Home › Earthquakes › Pacific Rim › Latest",
        "Forecasts | Radar | Hurricanes | Earthquakes | Wildfires | Air Quality | Alerts",
        "⇧ Up",
        "Send this alert: WhatsApp · Email · Bluesky · Facebook",
        "« Earlier updates   2 / 7   Later updates »",
        "These storm-tracking pages belong to the Severe Weather hub of the site.",
        "Our reporters have been following {topic} in a multi-part series, and this is its latest chapter.",
        "The radar loop is paused at 14:05 local time and resumes when the animation is selected again.",
        "Older entries in this live blog have moved to the following page, sorted by hour.",
        "Listeners can hear this report read aloud in English or Spanish.",
    ],
    bylines: &[
        "By {name} and {name2}, AlertCast Severe Weather Desk",
        "{city} — Updated 06:42 UTC",
        "{name} has spent eleven years chasing tropical cyclones as a lead meteorologist, after an earlier stint forecasting for a regional airline.",
        "Photograph: {name2} for AlertCast",
        "Regional monitoring networks supplied the seismic readings used here, and our science editor checked them.",
        "{name} rendered the original Japanese text into English, and some passages were shortened.",
        "Errors spotted in our hazard coverage are handled by our accuracy desk, and a reply normally follows within a business day.",
        "{name} takes tips at @{handle} or through the newsroom's Signal line.",
        "Graphics by {name2}; satellite imagery via the national weather agency",
    ],
    headlines: &[
        "Volcanic ash grounds flights at three regional airports",
        "Scorching temperatures strain the electricity grid for a third day running",
        "Why some coastal towns are quietly giving up on sea walls",
        "Mountain snowpack sinks to its lowest level in twenty years",
        "A village rebuilt after the landslide, and residents say it is safer than before",
        "Family bakery's rye loaf crowned best in the country",
        "Scientists map a fault nobody knew was running under a major port city",
        "Drought-hit farmers turn to cloud seeding, with mixed results",
    ],
    topics: &[
        "the Atlantic hurricane season",
        "aftershock sequences",
        "wildfire smoke",
        "river flooding",
        "winter storms",
    ],
    names: &[
        "Ingrid Solberg",
        "Tomasz Wieczorek",
        "Amara Okonkwo",
        "Haruto Ishikawa",
        "Lucía Benavides",
    ],
    seed: 88,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): an entertainment and celebrity news site, at least half of each field written as plain sentences.
const TUNE_89: Templates = Templates {
    teasers: &[
        "Our weekly Red Carpet Report newsletter lands in inboxes every Friday with the looks everyone is still arguing about.",
        "The full gallery of this year's best-dressed guests from the festival circuit has more than 60 photos, and it grows after every premiere.",
        "Readers who enjoyed this story have also been devouring our archive on {topic}.",
        "Backstage Pass members heard this interview a day ahead of the public, and they never see a single banner ad.",
        "The latest Pop Rewind podcast digs into {topic}, and new instalments drop every Tuesday on every major listening app.",
        "Our film team has also ranked every movie in the franchise, from the forgettable to the flawless.",
        "Spotted: {name}'s airport look is nearly gone in both colours 👀 SHOP THE STYLE →",
        "▶ WATCH: {name2} explains the chaotic audition tape nobody was supposed to see (2:14)",
        "MORE ON {topic} » {headline}",
        "Sponsored | The $38 serum three A-list makeup artists keep in their kits before awards night",
    ],
    forms: &[
        "The Gossip Column will land with you before breakfast tomorrow, now that we have your details.",
        "Three complimentary articles a month come free with registration, and a Starline Plus pass unlocks everything for under the cost of a cinema ticket.",
        "Discussion underneath this item was shut down after a flood of nasty messages aimed at the family.",
        "Voting wrapped up at midnight, and we'll announce which couple you picked on Monday's show.",
        "Cookies on our pages let us and roughly 140 ad partners tailor the gossip and offers we put in front of you.",
        "Sorry, our licence for this footage does not cover your country.",
        "Whose look won the night? ○ {name}  ○ {name2}   [VOTE]",
        "Email address*   Birthday (16+ only)   SUBSCRIBE FREE",
        "Search celebs, series, movies…",
        "Members who are logged in can ❤️ this story to keep it in their Watchlist",
    ],
    navigation: &[
        "This gallery has 34 photos, and the one above is number 12.",
        "This countdown of the year's most anticipated premieres runs over five pages, and this is the second of them.",
        "The player begins muted until you tap it.",
        "Our entertainment desk posts to the Celebrity section, where this story sits, from dawn until late.",
        "Our report picks up again below the advert.",
        "Music, Film, TV, Royals and Style each have their own section in our main menu.",
        "Home › Celebrity › {topic}",
        "Share ✦ Pinterest · Messenger · Threads · 🔗",
        "⏮ ⏯ ⏭   00:47 / 03:12   CC   HD",
        "↑ TOP",
    ],
    bylines: &[
        "By {name}, Senior Entertainment Reporter",
        "{name} is our West Coast editor, and she has sat through every Oscars ceremony since 2011.",
        "{name2} filed extra material from {city}.",
        "This interview has been edited and condensed for length and clarity.",
        "The singer's record label was wrongly named in an initial draft, and the mistake has now been fixed.",
        "{name} answers tips sent to {handle}@starlinedaily.com, and sources are always protected.",
        "{name2} translated the interview from a Portuguese recording.",
        "Images: Shutterstock / {name2}",
        "Originally online Sun 17 Nov 2024 at 21:15 BST — last edit 40 mins later",
    ],
    headlines: &[
        "Reality star reveals she secretly married her co-star in a Las Vegas chapel last spring",
        "Oscar winner walks away from long-running franchise after pay dispute, sources say",
        "Pop duo announce reunion tour with 40 dates across Europe and Asia",
        "Veteran soap actor, 81, recalls the day he was written out of the show by fax",
        "Late-night host's new beard is somehow the biggest story in television this week",
        "Royal biographer claims the palace tried to block publication of his latest book",
        "EXCLUSIVE: No phones allowed at $12m Malibu wedding, guests say",
        "Streaming giant cancels fantasy drama after a single season despite fan petition",
    ],
    topics: &[
        "the coronation concert",
        "awards season",
        "the reunion tour",
        "the divorce settlement",
        "reality TV",
    ],
    names: &[
        "Tamsin Adeyemi",
        "Luca Verhoeven",
        "Priya Castellano",
        "Kenji Marlowe",
        "Ingrid Solberg",
    ],
    seed: 89,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a property and real-estate news site, at least half of each field written as plain sentences.
const TUNE_90: Templates = Templates {
    teasers: &[
        "Our Market Pulse bulletin lands each Friday with fresh clearance rates, vacancy numbers and the week's biggest sales.",
        "First-time purchasers weighing up the new stamp duty concessions will want our jargon-free guide, which lives in the Money section.",
        "On this week's Open House podcast, two economists argue over whether {topic} still makes sense for mum-and-dad investors.",
        "Suburb Spotlight, our weekly series profiling one neighbourhood in {city}, continues with this report.",
        "Premium subscribers see our quarterly price forecasts seven days early, plus unlimited sold-price lookups.",
        "Homeowners curious about what their place is worth can request a free desktop appraisal from our valuation partner.",
        "Keystone Home Loans paid for this feature, which was written by our partnerships unit independently of the newsroom.",
        "RELATED: {headline}",
        "▶ VIDEO | Walk through the $14.5m harbourside penthouse that sold before its first open home",
        "Trending 🔥 Rents break another record · Outer-suburb auctions keep passing in · The $5k reno that adds $50k",
    ],
    forms: &[
        "You've now read three free property stories in March, though subscribers can keep going for $1 weekly.",
        "Homes Herald keeps tiny tracking files in your browser, which lets us match listings to your interests and count page visits.",
        "Thanks, you're all set, and the first {city} price alert should arrive by tomorrow.",
        "Our moderators lock the conversation under every article after 48 hours, so new replies are no longer accepted here.",
        "The repayment calculator didn't load properly, and our technicians have been alerted to the fault.",
        "Nothing currently matches your saved search for {topic} in {city}.",
        "HAVE YOUR SAY — Buying a house sight unseen is…  ○ Fine by me  ○ Madness  ○ OK with a pest & building report",
        "Email*  |  Postcode*  |  ☐ Partner deals too, please  |  JOIN FREE",
        "Existing subscriber? Log on · Reset password",
        "🔍 Type a suburb or agency",
    ],
    navigation: &[
        "Home › News › Residential › {city}",
        "Buy  Lease  Sold  Off-the-plan  Rural  Agents  News  Calculators",
        "This feature continues over four pages, and this is the second of them.",
        "Our Market Insights desk publishes this report as part of its weekday coverage.",
        "Part one of this series explored build-to-rent towers and the way they are reshaping the inner city.",
        "The clip runs for roughly 130 seconds and carries closed captions.",
        "Each picture in this gallery expands to fill the screen when tapped.",
        "SHARE  ⟶  WhatsApp · Mail · Facebook · Copy URL · LinkedIn",
        "« Newer  |  Page 3  |  Older »",
        "Top ↑",
    ],
    bylines: &[
        "{name} — Residential Property Editor",
        "{name} has spent over ten years covering housing markets in {city} for this masthead.",
        "All images in this piece were shot by staff photographer {name2}.",
        "{city}, updated 6.42pm AEDT",
        "A Mandarin edition of this article was published first, and our editors produced this English translation.",
        "Errors in our property coverage may be raised with the standards desk at corrections@homesherald.com.au.",
        "{name} is always keen to hear about off-market deals and can be contacted at @{handle}.",
        "Images: Supplied / Harbourline Realty",
        "{name} and {name2} · 3 hours ago · 4 min read",
    ],
    headlines: &[
        "First-home buyers are now outbidding investors at weekend auctions in {city}.",
        "A four-bedroom weatherboard that sold $1.2m above reserve has a surprising history.",
        "Hopes of a rate cut fade after inflation figures surprise economists.",
        "A growing number of retirees are choosing to rent rather than downsize.",
        "Celebrity chef lists clifftop retreat for $8.9 million",
        "Council approves 40-storey tower despite fierce residents' opposition",
        "Inside the tiny-house movement: 22 square metres, zero mortgage",
        "Builder collapse leaves hundreds of families with half-finished homes",
    ],
    topics: &[
        "negative gearing",
        "build-to-rent",
        "auction clearance rates",
        "stamp duty reform",
        "granny flats",
    ],
    names: &[
        "Priya Ramanathan",
        "Tomasz Kowalczyk",
        "Aroha Ngata",
        "Declan Fitzgerald",
        "Mei-Lin Tan",
    ],
    seed: 90,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): an education and schools news site, at least half of each field written as plain sentences.
const TUNE_91: Templates = Templates {
    teasers: &[
        "Every Sunday evening a short digest for heads and school business managers arrives from our newsroom, free of charge to anyone who registers.",
        "Anyone tracking {topic} may find value in our jargon-free breakdown of the new inspection handbook and its effect on small village primaries.",
        "The Chalkboard Report relies on donations from teachers, parents and governors, and even three pounds a month helps keep reporting on {topic} outside a paywall.",
        "On this fortnight's Staffroom Talk, two heads describe turning around struggling academies in under three years.",
        "Premium members get a downloadable bundle of lesson resources at the beginning of every term.",
        "Parents in {city} can now compare GCSE outcomes for each local secondary using our interactive results table.",
        "ALSO ON THE CHALKBOARD ▸ {headline}",
        "📚 Webinar — Surviving exam season | Thurs 19:00 | members go free",
        "Partner feature · A multi-academy trust cut supply spending by 40% with a shared staffing pool",
        "Popular today — 1) {headline} 2) Phonics scores stalled this summer. Why? 3) School kitchens are quietly running out of cooks",
    ],
    forms: &[
        "Each comment from readers stays unpublished until one of our moderators has approved it.",
        "You have now used three stories out of a monthly allowance of four.",
        "Our site stores a small cookie recording which local authority you picked, so admissions updates for your area appear first.",
        "Your answer was saved, with the overall result revealed when voting shuts at noon on Friday.",
        "The vacancies feed is down briefly while our jobs board is rebuilt overnight.",
        "Staff with a school email address qualify for a complimentary year of full access.",
        "Email address* | School / organisation | Role: ☐ Teacher ☐ Leader ☐ Governor ☐ Parent",
        "POLL: Should mobile phones be banned during the school day? ○ Yes, all day ○ No ○ Lessons only",
        "Search 2,400+ school vacancies… [Go]",
        "Bookmarks need a registered account. Already have one? Sign in",
    ],
    navigation: &[
        "Home › News › Schools › {topic}",
        "Primary | Secondary | Further Education | Higher Ed | SEND | Opinion | Jobs",
        "‹ Prev | Page 2 of 9 | Next ›",
        "Spread the word — Email / WhatsApp / LinkedIn / Facebook",
        "Today's article is number three in our summer inquiry on {topic}; number four is due Monday.",
        "Listening time for this audio article is just under six minutes, with a computer-generated voice.",
        "Our editors have placed this report in the Teacher Workload and Staff Wellbeing section.",
        "The investigation continues overleaf, where the trust responds to each allegation.",
        "More stories from our regional correspondents sit in the Local Schools column on the right.",
        "Top of page ↑",
    ],
    bylines: &[
        "{name} covers schools for us and taught chemistry in comprehensives for eleven years before moving into journalism.",
        "By {name} and {name2}, Education Desk",
        "Extra reporting in {city}: {name2}",
        "On Tuesday we amended this story, which had overstated the number of pupils excluded across the trust's schools.",
        "Picture: {name2} / The Chalkboard Report",
        "Tips about this story may be sent to {name} using Signal, or emailed to {handle}@chalkboardreport.co.uk.",
        "First posted 14/03 at 06:30 GMT · Amended 09:12",
        "Pupils from a primary school in {city} drew the illustrations used alongside this piece.",
        "An education charity part-funded this series; its staff had no sight of our copy before it ran.",
    ],
    headlines: &[
        "Rural primary schools are closing at the fastest rate in a decade, figures show.",
        "Teachers in {city} back walkout over unpaid cover duties.",
        "Exam board apologises after maths paper leaked on social media",
        "A headteacher has been cleared of misconduct after a two-year investigation.",
        "Free breakfast clubs: what parents need to know",
        "University applications from disadvantaged pupils have fallen for a second year.",
        "Council data suggests twice as many children are now educated at home as in 2019.",
        "‘We are running out of classrooms’: inside the school that teaches in portakabins",
    ],
    topics: &[
        "school funding",
        "teacher recruitment",
        "special educational needs",
        "exam reform",
        "pupil attendance",
    ],
    names: &[
        "Adaeze Okonkwo",
        "Tomasz Wierzbicki",
        "Priya Raghunathan",
        "Eoin Mac Giolla",
        "Mariela Cárdenas",
    ],
    seed: 91,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a cryptocurrency and fintech news site, at least half of each field written as plain sentences.
const TUNE_92: Templates = Templates {
    teasers: &[
        "Our weekly Ledgerline Letter digs into the biggest swings in {topic}, and it lands each Friday ahead of the US open.",
        "The on-chain numbers underpinning this report are stored in our Pro research hub, which costs nothing during a fourteen-day trial.",
        "This explainer is drawn from a sponsored series on {topic}, whose backer had zero input on the copy.",
        "The Block Height podcast is back this week with an hour-long conversation about stablecoin licensing in {city}.",
        "Ledgerline carries no paywall on breaking news, and that only works because about nine thousand readers fund us through a monthly pledge.",
        "Our editors picked the three charts that explain this week's sell-off, and they are waiting for you in today's Market Wrap.",
        "MORE: {headline}",
        "📈 Live prices — BTC, ETH, SOL and 400+ tokens →",
        "Sponsored · Park idle USDC for a 6.8% variable yield, withdraw anytime. Rates can change; terms govern.",
        "Trending on Ledgerline  ① Why miners are dumping coins  ② {headline}  ③ The ETF week in charts",
    ],
    forms: &[
        "Your third complimentary article of March is now gone, and Ledgerline Pro unlocks every market report with no limit.",
        "Ledgerline relies on browser storage and advertising cookies, which keep your price watchlist intact between visits.",
        "Reader discussion is closed while legal proceedings involving the company are underway.",
        "Our price feed is experiencing a delay, so quotes shown here could trail the market by roughly fifteen minutes.",
        "Done! Tomorrow's 7am ET briefing is the first to reach you.",
        "You were logged out after 30 minutes of inactivity, and the draft comment was lost.",
        "Email address *",
        "Poll: Does bitcoin finish the year above $100K?  ○ Yes  ○ No  ○ Ask me in December — 2,074 responses",
        "Allow everything · Strictly necessary only · Settings",
        "Search tickers, topics or authors…",
    ],
    navigation: &[
        "Home › Markets › Bitcoin",
        "Share ➜ TG | 𝕏 | Farcaster | ✉️",
        "« First  ‹  11  12  13  ›  Last »",
        "Back to top ↑",
        "This article picks up again on page 2, just past the price chart.",
        "The Markets section of Ledgerline is refreshed around the clock by desks in three time zones.",
        "Audio for this article, generated by text-to-speech, lasts 6 min 48 s.",
        "Chapter 3 of the Ledgerline {topic} investigation publishes tomorrow; chapters one and two sit in the sidebar.",
        "This is page 2 of a four-page feature.",
        "MARKETS   POLICY   DEFI   WEB3   OPINION   NEWSLETTERS",
    ],
    bylines: &[
        "By {name} and {name2}",
        "{name} has covered exchanges, derivatives and {topic} for Ledgerline since 2019. She owns modest holdings of BTC and ETH.",
        "Nobody involved in reporting this article owns any of the tokens it mentions.",
        "Updated Mar 14, 2025 at 3:07 p.m. UTC",
        "{name} filed from {city} · Desk: {name2}",
        "The Korean-language original ran on Ledgerline Korea, and {name2} produced this English version.",
        "Image: Getty / Ledgerline illustration",
        "Factual slips in Ledgerline coverage can be flagged at corrections@ledgerline.news, and each message gets a personal reply.",
        "Confidential leads for {name} are welcome via Signal, while her X account is @{handle}.",
    ],
    headlines: &[
        "Bitcoin Slides Below $58,000 as Mt. Gox Repayment Wallets Stir",
        "Brazil's central bank delays its digital real pilot until next year.",
        "Why Solana's Fee Market Overhaul Matters for Retail Traders",
        "A Hong Kong court has frozen $40 million in assets linked to a collapsed lending app.",
        "Stripe Quietly Expands Stablecoin Payouts to 70 Countries",
        "EU regulators say several big exchanges still fall short of MiCA licensing rules.",
        "Ether ETFs Log Fourth Straight Week of Outflows",
        "The tokenized treasury market has doubled in six months, and banks are starting to notice.",
    ],
    topics: &[
        "stablecoin regulation",
        "bitcoin mining",
        "decentralised finance",
        "crypto ETFs",
        "cross-border payments",
    ],
    names: &[
        "Priya Ramaswamy",
        "Tomasz Wieczorek",
        "Adaeze Okonkwo",
        "Mateo Villanueva",
        "Jae-min Kwak",
    ],
    seed: 92,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): a religion and faith news outlet, at least half of each field written as plain sentences.
const TUNE_93: Templates = Templates {
    teasers: &[
        "The Weekly Vigil, a letter from our editors on belief and public life, lands before sundown on Fridays.",
        "Stories such as this one on {topic} exist because a few thousand readers chip in monthly, and that quiet generosity keeps our desk open.",
        "{name} sat down with Pew & Pulpit this week to describe what small congregations lost in lockdown, and what some of them unexpectedly gained.",
        "The complete interview is episode 187 of the show, and it is streaming on most listening platforms.",
        "RELATED: {headline}",
        "Independent religion journalism depends on you → Give today",
        "SPONSORED | Lumen Pilgrimages: Walk where the apostles walked — 11 nights, Jerusalem to Galilee, from $3,480.",
        "Trending on Covenant Wire ① {headline} ② Younger evangelicals are quietly drifting from megachurches ③ A Lenten lentil recipe from a Coptic grandmother",
        "Anyone hoping to understand {topic} more fully can turn to the plain-language primers collected in Faith Basics.",
        "📿 New in the Covenant Wire app: daily lectionary readings and prayer times for {city}. Free download.",
    ],
    forms: &[
        "Each reader comment waits in a queue for an editor, and remarks belittling someone’s tradition are removed.",
        "Three of the five stories April allows without a subscription are already behind you.",
        "Voting ended at midnight, and the tally will run alongside Sunday’s print issue.",
        "Addresses collected here stay with our newsroom and are used for nothing except the digest you picked.",
        "Something went wrong with the prayer request wall, and it should return shortly.",
        "Search the Covenant Wire archive…",
        "QUICK POLL: Will your parish keep streaming Mass online? ◯ Definitely ◯ Probably not ◯ Just for feast days  [Vote]",
        "Sign up · Log on — Supporters read every story.",
        "Email* ☐ Include me on the Weekly Vigil list plus occasional event invitations. JOIN",
        "Small files called cookies help Covenant Wire recall how you like to read and show our editors which reporting draws readers.",
    ],
    navigation: &[
        "Home › Faith › Christianity › Catholic",
        "Religion | Politics | Culture | Ethics | Opinion | Podcasts | Donate",
        "The Ethics & Belief section, where you are now, gets fresh stories every weekday.",
        "Pass it on: Telegram · Facebook · LinkedIn · Copy link",
        "What follows is one installment in our long-running look at {topic}.",
        "The investigation’s second chapter, out of four, picks up below.",
        "‹ Prev | 8 | 9 | Next ›",
        "This report also exists as audio, voiced by our weekend producer, and lasts roughly eleven minutes.",
        "A shorter version was printed in the Interfaith section last weekend.",
        "↑ TOP",
    ],
    bylines: &[
        "By {name} | Religion News Desk",
        "{name} reports on Islam, Judaism and relations between faiths while based in {city}.",
        "{name2} assisted from {city}.",
        "Photo: {name2} for Covenant Wire",
        "{name2} translated this report, which first appeared in Portuguese.",
        "Mistakes may be reported by writing to standards@covenantwire.org, where an editor reads every message.",
        "Last revised 14.03.2024 · 18:02 GMT",
        "{name} worked ten years in hospital chaplaincy and these days writes on grief, ritual and shifting American congregations from {city}.",
        "X: @{handle}",
    ],
    headlines: &[
        "Methodist bishops in Ghana vote to stay within the worldwide denomination",
        "A Sikh gurdwara in {city} has fed the whole neighbourhood for forty years",
        "Vatican names a new archivist as files from the 1960s are opened to historians",
        "Rural synagogues are sharing one rabbi over video, and congregants say it works",
        "Court rules that a school district must let a student prayer club meet at lunch",
        "Survey finds fewer adults under 30 say religion is very important to them",
        "Ramadan food drive in {city} breaks its own record for the third straight year",
        "Hindu temple volunteers rebuild a flooded shrine stone by stone",
    ],
    topics: &[
        "Catholic abuse reforms",
        "interfaith dialogue",
        "religious freedom cases",
        "church attendance",
        "Ramadan observance",
    ],
    names: &[
        "Adaeze Okonkwo",
        "Tomasz Wierzbicki",
        "Miriam Halevy",
        "Rafael Quintero",
        "Priya Raghunathan",
    ],
    seed: 93,
};

/// Twenty-fifth round, written by a helper session from the noise kinds alone (not the other
/// sets): an international broadcaster's world service in English, at least half of each field written as plain sentences.
const TUNE_94: Templates = Templates {
    teasers: &[
        "The complete conversation with {name} goes out on this weekend's World Desk, which airs on Saturday at 14:30 GMT.",
        "Our Swahili, Hausa and Somali services are also reporting on {topic}, and their coverage sits on the language pages of this site.",
        "This story was first broadcast on Newsline Africa, our weekday programme presented live from {city}.",
        "▶ LISTEN | 28 min | The Forum Hour – Who really owns the sea?",
        "Also on this story: {headline} →",
        "The Global Briefing podcast brings you the day's main stories in twenty minutes, with new episodes out every weekday at dawn.",
        "📻 We're on shortwave 9410 kHz and streaming round the clock, 24/7 — check the FM frequency for your area here",
        "A documentary about {topic}, filmed by reporters in five countries, stays on the TV channel's catch-up service until the end of the month.",
        "RELATED: {headline}",
        "Our Friday newsletter collects the strongest journalism from all 31 of our language services in a single email.",
    ],
    forms: &[
        "Thanks for taking part; every comment is read by a member of our moderation staff before it goes up.",
        "This video cannot be played in your country for rights reasons.",
        "Search programmes, presenters and frequencies…",
        "Cookies tell our audience research team which programmes listeners and viewers are choosing, and your cookie settings can be changed whenever you like from the menu.",
        "Email [          ]  JOIN  — details stay with us, never third parties.",
        "The live stream is off air for the moment, and the technical team hopes to have it back shortly.",
        "LISTENERS' VOTE ▸ Should {topic} be a priority for world leaders this year? ○ Agree ○ Disagree ○ Don't know  [Submit]",
        "Only registered users can post comments on this page.",
        "This poll is now closed, and the final figures will be read out on air during Thursday's programme.",
        "That didn't work. Reload the page and try once more. (Error 503)",
    ],
    navigation: &[
        "Home › World Service › Africa › Sahel",
        "The English service is now playing live in the mini player.",
        "News   Sport   Radio   TV   Languages   Podcasts   Schedules",
        "This is the English-language edition, and the other language editions are listed at the very bottom of the page.",
        "« Newer  ·  3 / 17  ·  Older »",
        "This page is one of many we have published about {topic}.",
        "This article may be passed on through the sharing links below.",
        "00:00 / 26:59  ⏸  🔊  1x",
        "All times in the programme schedule below are given in GMT.",
        "▲ Top",
    ],
    bylines: &[
        "By {name}, World Service reporter, {city}",
        "{name} works as a producer for our Arabic service and has covered the Gulf since 2012.",
        "{name2} in {city} helped gather material for this report.",
        "The French-language original of this piece was adapted into English by {name2} of our Africa desk.",
        "Photo: {name}/World Service",
        "Complaints about accuracy go to our editorial standards team, who aim to reply within ten working days.",
        "{name} presents the weekday breakfast programme and is heard on most FM partner stations across East Africa.",
        "Producer: {name2} · Editor: {name}",
        "The interview took place by telephone and has been shortened for broadcast.",
    ],
    headlines: &[
        "Fishermen in Senegal say foreign trawlers have emptied their waters.",
        "Mongolia's herders brace for a second brutal winter in a row",
        "How one small Pacific nation ended up suing the biggest polluters on Earth",
        "Kenyan runners dominated the Berlin marathon for the fourth year running.",
        "The last speakers of a Siberian language are recording their songs for future generations.",
        "Argentina inflation: Queues return at street currency exchanges",
        "A Bangladeshi teenager has built a flood-warning app used by thousands of villagers.",
        "Watch: The chess prodigy taking on grandmasters in Lagos",
    ],
    topics: &[
        "shortwave radio",
        "press freedom",
        "the Sahel crisis",
        "climate migration",
        "global food prices",
    ],
    names: &[
        "Farida Nkemelu",
        "Tomasz Brzezak",
        "Lucía Arrieta",
        "Rohan Venkatraman",
        "Sione Latu",
    ],
    seed: 94,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: national dailies, wire services and television news sites of the two states.
const TUNE_95: Templates = Templates {
    teasers: &[
        "ALSO READ | LoC flag meeting ends without joint statement; next round likely after Eid",
        "▶ VIDEO: Ground report from the Poonch hamlet where the guns fell silent at midnight",
        "{topic} — quickest bulletins are now pushed via WhatsApp 📲 Join free",
        "Recommended: {headline}",
        "Border diaries → Why farmers near the Working Boundary still sleep in bunkers",
        "Want {topic} pings the minute they break? Install the app — Android | iOS",
        "SPONSORED | Tax-free bonds from ₹10,000 — limited tranche closes Friday",
        "Read today's print edition page by page: e-paper at Rs 99 a month, Sunday magazine included.",
        "🎧 Podcast | The Frontier Desk, Ep. 41: {name} on what the hotline between the two army HQs actually achieves",
        "Trending 🔥 Most-read today",
    ],
    forms: &[
        "Each remark is vetted by desk staff before going up; slurs, spam and URLs are deleted.",
        "No gratis reads left for March. Sign up or buy a pass to unlock this one.",
        "Reader survey — Will guns stay quiet till the snows come? ( ) Haan ( ) Nahin ( ) Unsure   CAST",
        "Mobile no. (+91 / +92) — an SMS PIN will follow",
        "Cookies here help tune which headlines and adverts reach you; keep scrolling and we'll take that as consent. [OK] [Settings]",
        "Oops! Live updates couldn't load. Trying again…",
        "Search stories, videos, places…",
        "Sign-in options: Google ｜ email ｜ phone",
        "Name*  Email*  Say something*  ☐ Ping me about responses   SUBMIT",
        "Almost there — click the verification mail we sent and your {topic} alerts go live.",
    ],
    navigation: &[
        "Home › India › J&K › {topic}",
        "Pakistan | Global | Stocks | Sports | Columns | Epaper | Clips",
        "◀ Older   Newer ▶",
        "Send this: WhatsApp · X · FB · 🔗",
        "Skip ad ⟶ story",
        "‹ 1 · [2] · 3 ›",
        "LIVE TV",
        "▶ 0:58 / 4:07  🔇  CC  HD  ⤢",
        "▲ TOP",
        "Latest News  ·  Top Stories  ·  Border Tracker",
    ],
    bylines: &[
        "{name} | Srinagar | March 14 · 20:47 IST",
        "{name2}, Staff Reporter",
        "(Agency inputs)",
        "ISLAMABAD, Oct 3 (Wire) —",
        "📷 {name} / our lensman",
        "{name} covers the armed forces and the foreign office out of the capital. DMs open at @{handle}.",
        "Edited by {name2}; Urdu copy rewritten in English by the digital desk.",
        "Published 11:20 AM PKT · Modified 2h ago",
        "Error in this report? Mail the ombudsman quoting the story's title and date.",
    ],
    headlines: &[
        "Sensex slips 400 points as oil prices climb; IT stocks drag",
        "Karachi heatwave: power outages spark protests across Lyari, Korangi",
        "Kohli century powers hosts to series win in final ODI",
        "IMD says monsoon rains will arrive over the Kerala coast earlier than usual",
        "Punjab cabinet clears higher wheat support price amid farmer pressure",
        "Bollywood star's biopic pushed to Diwali release after censor delay",
        "National carrier cleared to fly to Europe again after long ban",
        "Gold touches all-time high in bullion markets ahead of wedding season",
    ],
    topics: &[
        "LoC ceasefire",
        "cross-border firing",
        "DGMO talks",
        "Kashmir border villages",
        "Indus water dispute",
    ],
    names: &[
        "Ayesha Qureshi",
        "Rohan Mehra",
        "Tenzin Dorje",
        "Farhan Siddiqui",
        "Meenakshi Iyer",
    ],
    seed: 95,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: international outlets covering South and Central Asia.
const TUNE_96: Templates = Templates {
    teasers: &[
        "READ MORE: Kabul’s money changers keep the afghani afloat as aid dries up",
        "Our South Asia Brief hits inboxes on Thursdays — one email, the whole subcontinent, read by diplomats and desk officers ➜",
        "🎧 The Subcontinent Hour, ep. 212 — {name} unpacks {topic}, and why Dhaka is watching closely",
        "Elsewhere in this edition: {headline}",
        "Journalism from Bishkek to Colombo isn’t cheap. Even ₹100 keeps our stringers on the road — contribute today.",
        "▶ Video | Border villages of the Fergana Valley, filmed over one winter (04:12)",
        "Paid post by Uzbekistan Tourism Board — Discover Khiva’s silk road caravanserais",
        "Trending across Asia\n① {headline}\n② Nepal’s new coalition looks shaky ahead of the monsoon session",
        "Confused by {topic}? Our six-minute primer untangles it.",
        "📱 Instant alerts, Islamabad to Almaty. Install the free app",
    ],
    forms: &[
        "Free pieces used this month: all five. Continue reading our region coverage on a digital pass: $4 monthly, cancel online.",
        "Email (work or personal) …  [Go]",
        "Our 214 ad-tech vendors place trackers so adverts can be tailored and visits tallied. Tap “I agree”, or open “Options” to decide vendor by vendor.",
        "READERS’ VOTE — Should Islamabad seek another IMF bailout before the budget? ☐ Yes, urgently ☐ Not yet ☐ Never  (1,382 votes)",
        "Replies on this thread are now closed.",
        "Members may authenticate through their university library to read the full policy paper (PDF, 2.3 megabytes)",
        "⚠ Playback unavailable — our broadcast licence excludes this territory.",
        "Search reports, regions, experts…",
        "Comment as guest — Display name* · Mail (hidden)* · Comment  [Send]",
        "Nearly there — we’ve mailed you a link to verify; your first Brief arrives Monday.",
    ],
    navigation: &[
        "Home › International › South Asia › Afghanistan",
        "Share ↗  𝕏  Telegram  WhatsApp  LinkedIn  🔗",
        "Latest | Asia-Pacific | Commentary | Podcasts | Events | Donate",
        "« Previous dispatch from the region",
        "Skip navigation",
        "CENTRAL ASIA",
        "Pages: ‹ 3 | 4 | 5 ›",
        "↑ TOP",
        "Filed under: Kazakhstan, elections, {topic}, Tokayev",
        "⏵ 1:05 / 2:47  🔊  Subtitles  ⛶ Fullscreen",
    ],
    bylines: &[
        "{name} reporting from {city}, with {name2} in Kathmandu",
        "{name} heads South Asia research at the centre, after a decade covering Lahore for wire agencies. On X: @{handle}.",
        "Image: {name2}/AFP",
        "{name2} contributed; subbed by Sanjay Menon",
        "Posted 14/3/24 06:30 CET (modified 11:05)",
        "From the Dari, translation {name2}.",
        "Amended: the Bishkek protests took place on a Saturday, not a Sunday as we initially reported. Write to the ombudsman with factual concerns.",
        "{city} bureau chief",
        "Chart: {name} · Data: World Bank, national statistics agencies",
    ],
    headlines: &[
        "Rogun dam’s backers balk as Dushanbe’s cost estimate keeps climbing",
        "Weak rupee lifts Colombo tea auction prices to their best since 2021",
        "Bhutan bets on crypto mining to fund its happiness agenda",
        "Turkmenistan invites foreign bidders for second Galkynysh gas phase",
        "Maldives president orders review of Indian military presence",
        "Monsoon floods displace 400,000 in Assam, officials say",
        "Kyrgyz parliament passes ‘foreign representatives’ law despite Western criticism",
        "How a cricket league became Pakistan’s most-watched soap opera",
    ],
    topics: &[
        "Amu Darya water quotas",
        "Taliban aid restrictions",
        "the China–Pakistan Economic Corridor",
        "remittance flows",
        "Himalayan glacier melt",
    ],
    names: &[
        "Farida Nurmatova",
        "Arjun Raghavan",
        "Helen Castellano",
        "Zubair Qureshi",
        "Tomasz Wielgosz",
    ],
    seed: 96,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: local and regional portals of border provinces.
const TUNE_97: Templates = Templates {
    teasers: &[
        "📻 Tune in: Frontier FM 94.3 breakfast show talks {topic} every weekday from 6:30 — ring the studio while we're on air.",
        "OVER IN THE SUB-COUNTIES ▸ {headline}",
        "Stuck in the checkpoint queues today? Drop us a voice note on WhatsApp 0772 118 440 — our reporters listen to every one.",
        "Upper valley villages: all the latest >>",
        "Keep frontier reporting going. Give 50 or more — every shilling buys petrol for our reporter's motorbike to reach the outposts. [Donate]",
        "Sponsored | Cross-border money transfer in minutes — Kwik Remit agents now open at the market roundabout",
        "Get the Ridgeline News app 📲 for road closure warnings before you set off for the crossing.",
        "Missed it? Sunday's phone-in on {topic} with {name} — replay it here (42 min) ▶",
        "WHAT EVERYONE IS READING: Grain lorries stuck again · New ferry timetable · {headline}",
        "Want our 7pm headlines by SMS? Send the word RADIO to 40411 (normal charges).",
    ],
    forms: &[
        "Post a comment — we don't show your email. Fields with * must be filled in.",
        "Name *   Village / town   Your message",
        "That's 3 free stories gone this month out of 4. Become a supporter to keep reading district news.",
        "We use cookies so the radio player works and to see how many people visit. Accept | Details",
        "LISTENERS DECIDE: Weekly market back at the former bus park?  ○ Agree  ○ Disagree  ○ Makes no difference   [Send]",
        "Type a village or keyword…",
        "Oops — we've lost the audio feed. Reload, or turn your dial to 94.3 FM.",
        "Thank you — your words will appear after our desk has checked them.",
        "Listener club card holders — log on using your card number to request a song dedication.",
        "Flood & road alerts to your phone — mobile number: ________ ✔ Submit",
    ],
    navigation: &[
        "Home » Regions » Border Districts » {topic}",
        "Home | Local | Region | Cross-Border | Sport | Obituaries | Radio Schedule | Contact",
        "← Earlier report    Later report →",
        "Share ➜ FB | WhatsApp | Telegram | Copy URL",
        "▲ TOP",
        "‹ Prev  [2]  …  of 9 pages",
        "● LIVE  ▶ Play  ❚❚ Pause  🔊",
        "Skip navigation",
        "DISTRICT NEWS",
    ],
    bylines: &[
        "By {name}, Frontier FM correspondent, {city}",
        "{name} | Last edited 2 hrs back",
        "Photo: {name2} / community contributor",
        "Translation of the interviews: {name2}, who also interpreted for us at the market.",
        "{name} covers the northern crossings and the traders who work both banks of the river. Follow: @{handle}.",
        "{name2} contributed from {city}.",
        "Wrong name or figure? Our editor reads fixes@ridgelinenews.net",
        "Posted by admin on Tuesday at 9:14 am",
    ],
    headlines: &[
        "Customs officers seize 300 bags of smuggled sugar near the eastern bridge",
        "District hospital receives ambulance after six-year wait",
        "Football: Valley Stars hold league leaders to a goalless draw",
        "Heavy rains wash away footbridge linking two frontier villages",
        "Teachers in remote schools still waiting for March salaries",
        "Night traders walk out of town hall meeting over new levy",
        "Cattle vaccination drive reaches herders on the far ridge",
        "Mobile network blackout hits three sub-counties for second week",
    ],
    topics: &[
        "border trade",
        "the new bridge tolls",
        "water shortages",
        "refugee resettlement",
        "maize prices",
    ],
    names: &[
        "Amina Rashidi",
        "Tomasz Wrona",
        "Luis Arreola",
        "Nilufar Karimova",
        "Peter Okello",
    ],
    seed: 97,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: aggregators, news apps' web views and syndication partners.
const TUNE_98: Templates = Templates {
    teasers: &[
        "📲 Every twist on {topic}, the second it drops: enable pings inside the Wire app",
        "Partner pick ▸ {headline}",
        "Shown to you since you've read about {topic} lately. Tap ☆ to tune your feed.",
        "▶ 2:14 VIDEO | {headline}",
        "Hot around {city} tonight → {headline}",
        "Sponsored · Homeowners over 55 are swapping their boilers for this one gadget",
        "Enjoying the read? Wire Breakfast lands in 40,000 inboxes before 7am — join them, it's free.",
        "MORE WIRE COPY",
        "Full coverage: {topic} — 38 sources, updated continuously",
        "Prefer audio? 🎧 Hear this briefing read aloud (6 min)",
    ],
    forms: &[
        "Five syndicated reads used up — the sixth costs £1, or go unlimited from £4.99/mo.",
        "Type a town or ZIP to localise this page",
        "Replies couldn't be fetched · code 503 — tap here, then hang on a sec.",
        "Allow notifications? [ Maybe later ] [ Yes please ]",
        "Quick poll: Has {topic} changed how you vote? ◯ Definitely ◯ A little ◯ Hardly — 1,806 votes",
        "This reader app and 143 vendors stash little trackers inside your handset — for tallying visits and matching adverts to your tastes. Settings | I agree",
        "Email (required)",
        "Continue with Apple / Google — bookmarks follow you to every device",
        "Flag this story ▾ Inaccurate · Offensive · Duplicate · Paywalled",
    ],
    navigation: &[
        "Headlines › International › {topic}",
        "‹ All headlines",
        "Send via: Messenger · Signal · Telegram · 🔗",
        "Local   Following   For You   Video   Saved",
        "◂ Page 2/3 ▸",
        "Open original source ↗",
        "Aa  Text size",
        "0:38 / 1:47  ⏸  🔊  ⛶",
        "Next story ⬆ keep swiping",
        "WIRE",
    ],
    bylines: &[
        "By {name}, Associated Press",
        "{city} (Reuters) -",
        "First appeared on a syndication partner's site; republished under licence and trimmed for length.",
        "Reporting: {name} in {city}, with {name2}. Subbed by Mark Hollins",
        "Picture: {name}/EPA-EFE (file)",
        "{name} covers {topic} from the {city} bureau. Email {handle}@wiredesk.example or message @{handle}.",
        "Refreshed 14m · ~3 minute read",
        "English version: {name2}. Dispatch originally written in Portuguese.",
        "Source: Press Association | Aggregated 16:05 BST",
    ],
    headlines: &[
        "Ferry firm scraps December crossings as faulty engine leaves 300 stuck in port",
        "Monetary chiefs leave key rate untouched, float possibility of April trim",
        "Teenager plucked from sea after a night spent gripping upturned kayak",
        "Vineyard owners count losses as late frost wipes out third of harvest",
        "Substitute's stoppage-time brace lifts newly promoted side to first place",
        "Why your supermarket loyalty card knows more about you than your doctor",
        "Planners back contentious 38-floor tower in spite of 4,000 objections",
        "Scientists find ancient seed vault beneath Andean glacier",
    ],
    topics: &[
        "energy prices",
        "rail walkouts",
        "housing costs",
        "the election",
        "climate policy",
    ],
    names: &[
        "Priya Raghunathan",
        "Tomasz Wilk",
        "Adaeze Okonkwo",
        "Lucas Ferreira",
        "Hana Sato",
    ],
    seed: 98,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: official and humanitarian sources.
const TUNE_99: Templates = Templates {
    teasers: &[
        "▶ Flash Update #14 — complete text (PDF · 1.4 MB)",
        "Donate now 💧 $35 keeps a displaced family supplied with clean water and soap for a month.",
        "Field reports on {topic}, in your inbox each Thursday. Sign up here →",
        "RELATED: {headline}",
        "WATCH | The Chief of Defence Staff's press conference from {city}, in full (22 min)",
        "📊 Funding tracker: how much of this year's appeal has actually arrived, updated daily",
        "Follow the Ministry's official Telegram channel for verified updates 📲",
        "Listen to episode 42 of “Field Notes”, in which our teams in {city} describe the first week of the response.",
        "Sponsored · How satellite links keep mobile clinics online when the towers go down",
        "More on {topic}: Humanitarian Needs Overview | Country Snapshot | Access Map",
    ],
    forms: &[
        "✉️ Country alerts → your e-mail: ____________ [Subscribe]",
        "Filter by: Country ▾ Organization ▾ Theme ▾ Date ▾ — Apply",
        "Restricted to registered partners — use your organisation's single sign-on to open this file.",
        "🍪 We track which sitreps get opened, using cookies. Agree | Essentials only | Manage",
        "Gift: ○ $30 ○ $60 ○ $120 ○ Own amount   ☐ Monthly gift",
        "⚠ Access map unavailable. Reload this page — or grab the static PNG.",
        "Did this sitrep help you? 👍 👎",
        "Search statements & briefings",
        "Accreditation form submitted ✔ The information office replies to journalists within two working days.",
        "Choose one or more regions before you submit.",
    ],
    navigation: &[
        "Home › Press Room › Official Statements › June",
        "Home / Response / {topic} / Situation Reports",
        "« Previous statement | Next statement »",
        "English | Français | العربية | Español",
        "Share this release: Telegram · WhatsApp · X · ✉ · 🖨",
        "▲ Back to top",
        "Page 3 / 11",
        "Overview   Key Figures   Funding   Access   Contacts",
        "Skip to main content",
        "⏵ 00:12 ━━○────── 07:58  🔈 Subtitles ⤢",
    ],
    bylines: &[
        "Released by the Inter-Services Information Office, {city}.",
        "Photo: © UNHCR/{name}",
        "Media enquiries: {name}, Communications Officer, +254 20 762 0000, @{handle}",
        "Source: OCHA · Posted 9 Apr · Originally published 8 Apr",
        "By Lt. Col. {name}, Army Public Relations",
        "Translation (Ar→En): {name2}",
        "{name} is a protection officer who has worked in displacement settings in Chad, Iraq and Colombia since 2011.",
        "Graphic: Information Management Unit / {name2}",
        "{city}, 3 June (Press Service) —",
    ],
    headlines: &[
        "Navy Commissions Two Offshore Patrol Vessels at Eastern Fleet Ceremony",
        "Oral cholera vaccine drive reaches 1.2 million people in Kasai and Tanganyika",
        "Minister inaugurates upgraded water treatment plant in northern district",
        "Flash floods displace 4,300 households as roads to southern camps are cut off",
        "Joint Exercise ‘Iron Dune 25’ Ends With Live-Fire Demonstration",
        "Desert locust bands sighted near border farms ahead of second harvest",
        "Government extends registration deadline for returning refugees to 30 September",
        "80,000 pupils begin new term in tented classrooms",
    ],
    topics: &[
        "the cholera response",
        "convoys through the border crossings",
        "the flood emergency",
        "civilian evacuations",
        "food security",
    ],
    names: &[
        "Ifeoma Adeyemi",
        "Tomasz Wrzesniak",
        "Rania Al-Khatib",
        "Joaquín Berrondo",
        "Hiroko Tanabe",
    ],
    seed: 99,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: business and trade-route news sites.
const TUNE_100: Templates = Templates {
    teasers: &[
        "📦 Track daily truck queues at Torkham, Chaman and Petrapole — open our Border Wait Board →",
        "ALSO READ: Why Nepal's importers are rerouting cargo through Vizag instead of Kolkata",
        "The Transit Ledger lands each Tuesday morning: duty changes, port congestion and freight rates for {topic}, boiled down to a short read.",
        "Sponsored | Bonded warehousing at Birgunj ICD — cut your clearance time by two days. Request a quote",
        "🎧 The Corridor, ep. 41 — {name} on what SAFTA never delivered ▶",
        "More on {topic} »",
        "The complete HS-code tariff tracker is for members only. Unlock it — ₹299 monthly, billed via UPI or card.",
        "VIDEO | After dark at Benapole: how 600 trucks clear before dawn (4:12)",
        "BIG ON THE DESK TODAY ① Gwadar berth delays ② Onion export curbs ③ {headline}",
        "Border reporting isn't cheap. Chip in so our correspondents can stay at the crossings 🤝",
    ],
    forms: &[
        "Enter your email for freight-rate alerts",
        "Select a crossing: [Wagah–Attari ▾]  [Check status]",
        "No free reads on {topic} remain for March. Subscribe to continue, or sign up for a free account.",
        "🍪 We track page views and remember your tariff-alert choices with cookies. [Got it]  [Cookie settings]",
        "Poll: Should Afghan transit cargo be allowed through the Wagah route again? ○ Yes, reopen it ○ Keep it closed ○ Only for fruit trucks — Cast vote",
        "Remarks appear once our desk approves them. Stick to trade and policy; replies carrying URLs are delayed.",
        "⚠ Customs duty calculator is down for maintenance. Back shortly.",
        "Search HS codes, ports, notifications…",
        "Got an account? OTP login here",
        "Thanks — the Q3 corridor report will reach your inbox shortly.",
    ],
    navigation: &[
        "Home › Economy › Trade & Transit › Land Ports",
        "Markets | Customs | Logistics | Energy | Columns | Print Edition",
        "← Older    Newer →",
        "WhatsApp · X · LinkedIn · Telegram · 🔗",
        "Page 2 of 5",
        "Skip to main content",
        "BORDER TRADE",
        "⬆ Back to top",
        "▶ 1:12 / 6:05  🔇  Subtitles  Speed 1x",
        "Tags: Torkham, transit trade, {topic}",
    ],
    bylines: &[
        "{name} | Our Peshawar Correspondent",
        "{name2} reported from Raxaul; {name} contributed from {city}.",
        "Posted 09:45 PKT, 19 Mar · Last modified 11:20 PKT",
        "Photo: {name2} / Port Logistics Bureau",
        "{name} covers customs policy and cross-border freight. Tips: @{handle}.",
        "Translated from Bangla by {name2}",
        "Tariff figure looks wrong? Flag it to fixes@thecorridorwire.com",
        "Map & charts: Corridor Visuals Team",
        "— Agency inputs included",
    ],
    headlines: &[
        "Sri Lanka lifts half-decade curbs on vehicle imports",
        "Chittagong port clears record 3.2 million TEUs as new terminal opens",
        "Bhutan signs power purchase deal with Bangladesh via Indian grid",
        "Rupee slides to fresh low as oil bill widens trade gap",
        "Kabul traders stranded as Chaman crossing stays shut into week three",
        "Why tea auctions in Colombo are drawing fewer bidders",
        "Maldives turns to Gulf lenders as reserves dip below $400 million",
        "Dry port at Sost reopens for summer season with new scanners",
    ],
    topics: &[
        "Afghan transit trade",
        "land port congestion",
        "SAFTA tariff cuts",
        "Nepal's fuel imports",
        "the Gwadar corridor",
    ],
    names: &[
        "Farhana Siddiqui",
        "Pemba Sherpa",
        "Arjun Menon",
        "Tomasz Kowalczyk",
        "Nilufar Rahmanova",
    ],
    seed: 100,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: English editions of Urdu- and Pashto-language outlets and bilingual portals.
const TUNE_101: Templates = Templates {
    teasers: &[
        "مزید پڑھیں | {headline}",
        "ALSO READ — {headline}",
        "📲 Khabar ab WhatsApp par! {topic} ki har update seedha aap ke mobile par — muft join karein",
        "Video: Why {topic} has Peshawar's shopkeepers worried, as told by our {city} correspondent (4 min)",
        "Listen to ‘Baithak’, our weekly Urdu-English podcast; fresh baat-cheet drops each Thursday.",
        "Reporting from Bajaur and Kandahar costs money. Rs500 a month pays for fuel, phone credit and a stringer's day. Madad karein →",
        "SPONSORED | Eid remittances with zero transfer charges — offer valid till Chand Raat",
        "نور ولولئ / Continue in Pashto",
        "Most Viewed ➊ {headline} ➋ Petrol price revised again ➌ Torkham crossing reopens after jirga",
        "E-paper, prayer schedule aur live PSL — sab kuch hamari app mein ↓",
    ],
    forms: &[
        "Apni raaye dein 👇 Starred boxes zaroori hain.",
        "Naam*   Email*   ☐ Is device par yaad rakhein",
        "Aap ne is mahine 3 free articles parh liye hain. Do baqi — poora digital edition sirf Rs299 mein.",
        "Is website par cookies lagti hain — traffic ginti aur ishtiharaat ke liye. Theek hai? [Accept all] [Settings]",
        "Aap ki raaye: Should Islamabad push back the cut-off date for {topic} ya nahin? ● Haan ● Nahin ● Keh nahi sakte",
        "Subah ki khabrein, roz 7 baje, aap ke inbox mein — email likhein  [Sign Up]",
        "Search…",
        "Tabsire pehle editor dekhta hai. Roman Urdu chalegi; gaali-galoch hata di jayegi.",
        "Yeh video aap ke mulk mein dastiyab nahin. The stream is geo-restricted.",
        "لاګ ان / Bookmark ke liye login zaroori",
    ],
    navigation: &[
        "Home » Pakistan » KP » Mardan",
        "Pakistan | Afghanistan | Karobar | Khel | Showbiz | Opinion | اردو | پښتو",
        "‹ Pichli khabar   Agli khabar ›",
        "Share ⟶ FB · X · WhatsApp · 🔗",
        "Upar jayen ⬆",
        "« Pichla  1 · [2] · 3 · 4  Agla »",
        "تازہ ترین",
        "Seedha khabar par jayen",
        "▶  ⏸  🔊  01:15 / 03:09  ⛶",
        "Tags: {topic}, Durand Line, Islamabad",
    ],
    bylines: &[
        "By {name} | Published 14 Rabi-ul-Awwal 1446 AH",
        "PESHAWAR: {name}",
        "{name} reports on {topic} and tribal district politics. DMs open: @{handle}.",
        "Photo: {name2} / Online",
        "{name2}'s Pashto dispatch, translated by the English desk; {name} contributed from {city}.",
        "APP / News Desk Islamabad",
        "The author teaches journalism in Quetta. Opinions here do not reflect the paper's editorial stance.",
        "Ghalati nazar aaye? corrections@khabarnama-english.pk par likhein",
        "Last updated Mar 09, 2024 | 11:42pm PKT",
    ],
    headlines: &[
        "Flash floods wash away three bridges in Swat, hundreds stranded",
        "State Bank leaves interest rate untouched, cites rupee stability",
        "Taliban administration announces new passport rules for Afghan travellers",
        "Shaheen, Fakhar recalled for Zimbabwe tour; Saim Ayub dropped",
        "Lahore smog: schools to stay closed until Monday, says Punjab minister",
        "Kabul's bazaar vendors struggle as afghani weakens against dollar",
        "Veteran ghazal singer remembered at Karachi Arts Council tribute",
        "Sui gas outages to stretch into evenings across Sindh this winter",
    ],
    topics: &[
        "wheat procurement",
        "refugee registration",
        "electricity tariffs",
        "polio vaccination",
        "transit trade",
    ],
    names: &[
        "Sadia Khattak",
        "Zalmai Noorzai",
        "Imran Baloch",
        "Farzana Yousafzai",
        "Daniel Okafor",
    ],
    seed: 101,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: live blogs and breaking-news tickers.
const TUNE_102: Templates = Templates {
    teasers: &[
        "📌 Pinned: Just joining us? Here's the overnight picture in six bullet points",
        "Everything on {topic}, as it happens →",
        "LISTEN: The 8am bulletin pod digs into {topic} — 12 mins 🎧",
        "Want a ping the second this story shifts? Switch on notifications in our app.",
        "Earlier on this blog: {headline}",
        "▶ WATCH LIVE: our correspondent in {city} is on air now",
        "Reporters have staffed this page since 4am. No paywall, ever — that's only possible thanks to £1-a-week supporters.",
        "Too much? Get Live Wire instead: one tidy summary, first thing, Monday to Friday.",
        "Sponsored · In association with our travel partner",
        "ALSO LIVE NOW — {headline}",
    ],
    forms: &[
        "⟳ 3 new updates — click to show",
        "Auto-refresh: ON | OFF",
        "Caught up in {topic}? Fill in the boxes underneath and one of our team could ring you back. We won't print your phone number or email address without checking first.",
        "Send us your pictures and video on WhatsApp: +44 7700 900418",
        "Sorry, we couldn't fetch the latest posts. Retry",
        "Have your say: Is an independent inquiry needed? ◯ Definitely ◯ Maybe ◯ No — 2,314 responses",
        "That's your last complimentary live page for March. Go unlimited for £6.50 monthly to carry on following.",
        "Heads up: nothing you write shows up till a human has okayed it. Log in to post yours.",
        "🍪 Which adverts appear, and when breaking-news notifications fire, depends partly on cookies. OK, got it | Settings",
        "Search this live blog…",
    ],
    navigation: &[
        "Sort: Latest ▾",
        "Home › Live › International",
        "« 4 / 11 »",
        "↓ Skip to the most recent entry",
        "Highlights only ☐",
        "LIVE",
        "Share this post: 𝕏  Facebook  Telegram  🔗",
        "Back to top ↑",
        "Key moments: 09:12 Polls open · 11:45 Turnout figures · 14:30 First exit poll",
        "Load older entries",
    ],
    bylines: &[
        "Updated 2 minutes ago",
        "{name} (now) and {name2} (earlier)",
        "14:37 GMT — {name} in {city}",
        "Today's blog: {name} at the desk; {name2} reporting on the ground in {city}.",
        "Photograph: {name2}/Reuters",
        "Live since 06:02 GMT, Tuesday",
        "Seen something? Message {name} at @{handle} or email the live desk.",
        "{name} edits our live pages and covered {topic} as a regional reporter for nearly a decade.",
        "Spanish quotes translated for this page by {name2}.",
    ],
    headlines: &[
        "Seaside council backs plan to rebuild pier wrecked by 2019 storm",
        "Schoolboy, 11, shocks grandmaster in Reykjavik open",
        "Regulator fines bottled water brand over 'glacier-fresh' label",
        "Night bus routes face the axe as council confronts £40m shortfall",
        "Why cocoa prices are finally falling — and what it means for your Easter egg",
        "Rare albino porcupine spotted in Kenyan game reserve",
        "Airline apologises after passengers left on tarmac for seven hours",
        "Former striker named head coach of second-tier side",
    ],
    topics: &[
        "the floods",
        "the general election",
        "the dockworkers' walkout",
        "the wildfire evacuation",
        "the budget",
    ],
    names: &[
        "Marisol Echeverría",
        "Tobias Lindqvist",
        "Adaeze Okonkwo",
        "Ravi Sundaram",
        "Kateryna Bondar",
    ],
    seed: 102,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: opinion and editorial pages of South Asian and Gulf dailies.
const TUNE_103: Templates = Templates {
    teasers: &[
        "SAME PAGE ▸ The quiet cost of {topic}, by a retired bureaucrat",
        "📰 Missed the print copy? Flip through today's replica edition — ads, obituaries, the lot »",
        "More columns by {name}: {headline}",
        "Have a view on {topic}? Our Sunday mailbag prints the pick of readers' responses — 250 words max, please.",
        "▶ Watch: Round Table — a trio of our editors spar over {topic} in twelve minutes",
        "Op-Ed Weekly: the week's columns in one email, sent Friday afternoons after Jumu'ah.",
        "Editor's Pick",
        "Sponsored | Plan your Eid getaway: five-star stays in {city} from AED 399 a night",
        "Don't miss 'Sunday Musings' by {name} — only in our Magazine pull-out.",
        "🎧 The Counterpoint, ep. 48 — \"{headline}\" — now streaming",
    ],
    forms: &[
        "Moderators read each post before it goes up. Remarks that target a community, caste or sect are deleted.",
        "March quota: 1 free column left. Go Premium at ₹1/day — unlimited editorials →",
        "Name*  |  Email*  |  City  —  Post Letter",
        "READERS' VERDICT: Is Islamabad right to revisit its stand on {topic}?  ○ Yes, overdue  ○ No  ○ Undecided  [Vote now]",
        "Premium member already? Sign in ↗",
        "Receive the morning replica straight on WhatsApp — type your number with country code (+91 / +92 / +971):",
        "Shukriya! Your letter is with the desk; it may be shortened for print.",
        "Our cookies track which op-eds get read, then suggest similar ones. Scrolling on means you're OK with that. [Got it]",
        "Search Opinion…",
        "Reader comments: error fetching thread ⟳",
    ],
    navigation: &[
        "Home › Views › Columnists",
        "Editorials | Op-Eds | Letters | Cartoons | Blogs | Interviews",
        "◀ Older piece    Newer piece ▶",
        "Share ➜ FB | X | WA | Telegram | ✉",
        "E-Paper",
        "Back up ↑",
        "Opinion / Analysis / {topic}",
        "Pg 2 / 3  »",
        "🔊 Hear this column  ⏵ 0:00 / 7:13   Speed 1x",
    ],
    bylines: &[
        "The author served as envoy to three Gulf capitals and now teaches diplomacy in {city}. Views are personal.",
        "Disclaimer: The columnist's opinions are personal and may not match the editorial line of this newspaper.",
        "{name} is a Karachi advocate whose column tracks the high courts. She tweets @{handle}",
        "By {name} | Updated: 11 Mar 2024, 07:02 AM IST",
        "Cartoon by {name2}",
        "The columnist can be reached at {handle}@gmail.com",
        "{name} | Guest Contributor",
        "(Originally written in Urdu; {name2} translated it.)",
        "Letters to the Editor should carry the sender's complete postal address and phone number; pseudonyms are not accepted.",
    ],
    headlines: &[
        "Remittances from the Gulf touch record high as rupee steadies",
        "Colombo port expansion stalls over dredging permit row",
        "Heatwave forces Sindh schools to close ahead of summer break",
        "Dubai RTA opens bidding for driverless taxi pilot on Jumeirah Road",
        "Treasury benches cheer as finance bill clears lower house amid boycott",
        "Dhaka garment makers fear lost orders after rolling power cuts",
        "Kerala fishermen stay ashore as cyclone alert is extended",
        "Qatar, Nepal sign pact to protect migrant workers' wages",
    ],
    topics: &[
        "the caretaker set-up",
        "expatriate voting rights",
        "water sharing",
        "petrol price deregulation",
        "the Fund's loan conditions",
    ],
    names: &[
        "Ayesha Siddiqui",
        "Rohan Menon",
        "Faisal Al Mansoori",
        "Nirmala Perera",
        "Tashi Gurung",
    ],
    seed: 103,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: video-first and social-first news brands and television sites.
const TUNE_104: Templates = Templates {
    teasers: &[
        "▶ WATCH | Drone footage over the flattened market in {city}, shot at first light (4:12)",
        "📲 We're on WhatsApp now. Hit follow for the clips that matter, zero spam",
        "Full uncut sit-down drops 9pm on YouTube. Set a reminder 🔔",
        "SHORTS • 60 seconds on {topic} you'll actually remember",
        "Live TV has moved into the app · Breaking alerts, offline downloads · OPEN",
        "Up next: {headline}",
        "🔴 ON AIR · Prime-time bulletin streaming — 12.4K watching · Join",
        "↑ Swipe — {topic}, explained in five clips",
        "Presented by our partners: the cars, the coast, the road trip of a lifetime (Sponsored)",
        "{name}'s reel hit 2M views. Here's what the camera didn't show",
    ],
    forms: &[
        "Get pinged when we go live? 🔔 Yes please | Maybe later",
        "Geo-blocked 🌐 Our licence only covers viewers at home, so this footage won't start here.",
        "Free preview over. Pick your cable or satellite provider to carry on streaming.",
        "Our 143 vendors store data on your device to tailor adverts and tally video plays. Options / I agree",
        "Drop your phone number ➜ the morning briefing lands on WhatsApp by 7am",
        "POLL | Is {topic} getting enough airtime? ○ Too much ○ Just right ○ Too little",
        "Comments failed to load. Try again",
        "🔇 Sound is off — tap anywhere",
        "Inbox address  [ I’m in ]  One email a day, leave with one click.",
        "Ad blocker detected: please whitelist us so the player can load.",
    ],
    navigation: &[
        "Video › Asia › {topic}",
        "News | Live TV | Shorts | Shows | Schedule | Podcasts",
        "⏯  01:58 / 06:21  🔊  CC  HD  ⛶",
        "Autoplay ON",
        "Share this clip ↗ WhatsApp  Telegram  Threads  Link",
        "Previous clip ◂   ▸ Next clip",
        "Ad 1 of 2 · 0:07",
        "Watch Again",
        "↑ Top",
    ],
    bylines: &[
        "Video: {name} / Camera: {name2}",
        "{name} reported from {city}. Video editing: {name2}",
        "Posted 3h · Edited 22m",
        "{name} makes short-form video on {topic} for the brand's social feeds. Find her on TikTok: @{handle}",
        "Footage courtesy of viewers. Send your videos to our newsroom via the app.",
        "Motion graphics by {name2}",
        "(Wire agencies fed into this piece)",
        "Got something wrong in this video? Mail our corrections inbox and quote the clip ID.",
    ],
    headlines: &[
        "Farmers keep motorway blockade going as fuel subsidy talks stall",
        "Teen chess prodigy beats grandmaster in 19 moves, then goes back to class",
        "Flash floods sweep away bridge hours after it reopened",
        "Central bankers hold fire on rates but flag 'sticky' grocery inflation",
        "Bus driver who pulled kitten from drain handed city honour after video spreads",
        "Ex-minister charged over stadium contract kickbacks",
        "Why millions are quitting streaming subscriptions this year",
        "Heatwave forces schools to shorten day across the region",
    ],
    topics: &[
        "the vote tally",
        "monsoon flooding",
        "cricket's new league",
        "housing prices",
        "the train drivers' walkout",
    ],
    names: &[
        "Priya Raghunathan",
        "Tomás Echeverri",
        "Adaeze Okonkwo",
        "Lukas Brandvold",
        "Mei-Lin Quan",
    ],
    seed: 104,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: paywalled and membership-funded news sites.
const TUNE_105: Templates = Templates {
    teasers: &[
        "🎁 Gift it: you can hand 7 more free reads to non-subscribers before the month resets.",
        "Everything we publish on {topic} stays unlocked — 41,300 members keep it that way. Join them — €4/month →",
        "KEEP READING: {headline}",
        "Members' Q&A: {name} takes questions about {topic} on Thursday evening. Reserve a place",
        "One small thing. Newsrooms in {city} are shrinking; ours isn't, because people reading this line fund it. Chip in whatever you can spare.",
        "► Dawn Briefing — what {city} is arguing about today, landing 6:15 sharp. Free, unsubscribe anytime",
        "Subscriber-only audio | No. 112 — Inside the back-room {topic} bargain",
        "Promoted by Northgate Private Bank · Advertiser feature",
        "You may have missed ⟶ {headline}",
        "Fund fearless local news. Give now",
    ],
    forms: &[
        "Free articles used: 3/4. Go unlimited for €2.49 a week — or sign in with your existing login.",
        "🔐 Subscribers-only story. Have a plan? Log in to unlock.",
        "Email* [ ] ☐ I agree to receive event invitations from sponsors   [Next]",
        "Unlock this story: one month for $1, stop whenever you like",
        "Payment declined. Renew your billing information to restore full access.",
        "A free login adds two bonus articles on {topic} to your weekly allowance.",
        "Embedded post hidden — you switched off “Social media” cookies. Change settings",
        "This shared link is no longer valid. Request another from the sender, or subscribe.",
        "Rate this explainer: 👍  👎",
        "Given before? Enter your donor email and we'll stop asking.",
    ],
    navigation: &[
        "Home › Comment › Regular writers › {name}",
        "Subscribe | Sign in | Digital edition | Bulletins | Crosswords",
        "◀ Older   Newer ▶",
        "✉  🔗  🎁 Gift  ⋯",
        "Skip navigation",
        "« 1 2 3 »",
        "↑ Top",
        "🎧 Audio version · 6:12  ▶ 1x",
        "MEMBERS' EDITION",
        "Local  ·  Country  ·  Abroad  ·  Money  ·  Climate  ·  Sport",
    ],
    bylines: &[
        "Words: {name} and {name2} | Last modified 14/03, 08:42",
        "{city} —",
        "{name} investigates {topic} for us. Tips can be sent securely via Signal or to {handle}@tips-desk.org",
        "Picture: {name2} / Agence Lumen",
        "Funded by a Civic Reporting Fund grant. The funder saw no copy before publication.",
        "Translated by {name2} (Spanish original).",
        "Something here not right? The readers' ombudsman takes complaints by email — please name the article.",
        "X / Bluesky: @{handle}",
        "{name2} contributed from {city}. Charts: data unit",
    ],
    headlines: &[
        "Council quietly shelves plan for second river crossing as bill doubles",
        "Why Finland's sauna diplomacy keeps charming visiting ministers",
        "Schoolboy, 14, beats three grandmasters between lunch and tea",
        "Olive farmers begin picking weeks ahead of schedule as heat bites",
        "Carrier says sorry after travellers stuck on runway until midnight",
        "The women cartographers history left off the seabed maps",
        "Student towns now see steeper rent rises than the capital, figures show",
        "Promoted club reach cup semis after header deep into added time",
    ],
    topics: &[
        "housing policy",
        "the water utility",
        "school closures",
        "energy prices",
        "the mayoral race",
    ],
    names: &[
        "Ingrid Solheim",
        "Tomás Echeverría",
        "Adaeze Okafor",
        "Kenji Matsuda",
        "Priya Raghunathan",
    ],
    seed: 105,
};

/// Twenty-seventh round, written by a helper session from the noise kinds alone (not the other
/// sets) as the held-out sets are, from a mix of sites: wire copy as client sites republish it.
const TUNE_106: Templates = Templates {
    teasers: &[
        "RELATED WIRE ▸ Markets brace as {topic} stall again — full agency coverage",
        "Wake up to the wire: a hand-picked rundown of ten agency stories that moved overnight, delivered before breakfast. It's free →",
        "▶ WATCH | Agency video: {headline} (1:42)",
        "Further agency reports on {topic} »",
        "Read the original dispatch on the agency's website",
        "📡 Want wire flashes as they drop? Enable notifications inside our app",
        "Sponsored · Partner release distributed via newswire: How mid-size ports are rethinking cold-chain logistics",
        "ALSO MOVING ON THE WIRE: {headline}",
        "We do more than republish agency copy. Chip in $4 monthly and help keep reporters on the ground here at home.",
        "🎧 The Dateline Desk — seven days of agency headlines, argued over in 25 minutes. New episode Fridays",
    ],
    forms: &[
        "Comments are disabled on syndicated agency stories.",
        "Free article 3/5 this month. Syndicated wire pieces count too — go unlimited for $1 a week.",
        "Enter an address for {topic} alerts from the wire   [ Notify me ]",
        "Agency licensing terms stop this footage from playing outside its home market.",
        "Our licensed agency partners are paid per view, so we measure readership with cookies. Accept all | Manage choices",
        "POLL: Was the coverage of {topic} fair? ◯ Yes, balanced ◯ No, slanted ◯ Undecided   Vote",
        "Log in to bookmark this wire story for later.",
        "Search the wire archive since 2004…",
        "Live agency ticker offline. Updates will resume when the feed reconnects.",
        "Wire copy wrong? Tell our desk ✉",
    ],
    navigation: &[
        "Home › News › Wire › World",
        "Wires | Nation | Globe | Money | Sports | Showbiz",
        "Share this: Telegram · 𝕏 · WhatsApp · 🔗",
        "« Previous wire story  |  Next wire story »",
        "Back to top ↑",
        "Skip to latest wire updates",
        "Page 1 of 2   Next ›",
        "AGENCY NEWS",
        "⏸  🔇  ⛶  CC  0:37 / 2:14",
        "Filed under: Wire, {topic}, International",
    ],
    bylines: &[
        "By {name} | Reuters",
        "{city}, Nov 12 (Reuters) -",
        "Our newsroom has not altered this report; it runs as supplied through a syndicated agency feed.",
        "Photo: {name2} / AFP",
        "Writing by {name}; {city} newsroom input from {name2}; copy-edited by Mark Ostrowski",
        "(Apart from the headline, this copy appears exactly as received from the news agency.)",
        "© 2025 Agence Presse Continentale. Reproduction requires a licence from the agency.",
        "— Includes material from The Canadian Press",
        "Adapted by {name2} from the agency's Spanish service. Queries: {handle}@wiredesk-news.com",
    ],
    headlines: &[
        "Fishermen in northern Norway report record cod haul as waters warm",
        "Court halts demolition of 1920s tram depot after residents' appeal",
        "Reserve bank keeps lending rate at 4.25%, hints at autumn cut",
        "Kenyan sprinter banned four years over missed doping tests",
        "Wildfire forces evacuation of three villages on Greek island",
        "Toymaker recalls 400,000 stacking cups over choking risk",
        "Rail strike to shut commuter lines for 48 hours from Monday",
        "Archaeologists unearth Roman bathhouse beneath supermarket car park",
    ],
    topics: &[
        "truce negotiations",
        "grain exports",
        "ballot recounts",
        "interest rates",
        "flood relief",
    ],
    names: &[
        "Tomasz Wierzbicki",
        "Amara Okonkwo",
        "Hiroshi Tanabe",
        "Lucía Ferreyra",
        "Declan Moynihan",
    ],
    seed: 106,
};

/// Twenty-eighth round, written by a helper session from the noise kinds alone (not the other
/// sets) from a mix of sites: regional newspapers of South Asia in English and the syndication portals that republish their copy.
const TUNE_107: Templates = Templates {
    teasers: &[
        "ALSO READ | {headline}",
        "Minute-by-minute: track {topic} on our running coverage page »",
        "📲 Want the day's pages on your phone? Message “EPAPER” on WhatsApp once; they'll turn up by 6 am.",
        "Get ‘Delta Digest’ — a weekday roundup from Dhaka, Chattogram and the districts, emailed ahead of the morning chai.",
        "SPONSORED: Winter in Gulmarg — houseboat and ski packages from ₹6,999 per night. Book before Dec 31.",
        "TRENDING NOW — {headline} • Petrol, diesel rates unchanged for 14th day • Board results out: how to check marks online",
        "WATCH | Farmers in the terai turn to drip irrigation as the monsoon fails [3:42]",
        "Good journalism costs money. Chip in Rs 100 a month to keep our hill bureaus open →",
        "🎧 The Ledger, Ep. 47: {name} walks through {topic} with our commerce team.",
        "Elsewhere on the Asia wire: {headline}",
    ],
    forms: &[
        "Meter: 4/5 stories used. ₹2/day keeps the gate open — see plans",
        "Premium story 🔒 — for paying readers. Print subscriber? Connect your home-delivery ID",
        "Comments (0) — Verify your phone to comment. Our moderators screen replies before they show up here.",
        "you@yourmail.com   [ Count me in ]",
        "Cookie notice: this site and the ad firms we partner with tally readers and decide what promotions to show. [Allow] [Only the necessary ones]",
        "QUICK POLL | Is an early winter break for schools justified given the smog? ( ) Long overdue ( ) Overreaction ( ) No opinion  ➤ VOTE",
        "E-paper failed to open. Network error (code 504) — tap to reload.",
        "Search our archive since 1998…",
        "Enter the 6-digit code we texted to +92 ******4417. Resend in 00:30",
        "Received ✓ Your letter will be considered for the Readers' Mail column; we may shorten it.",
    ],
    navigation: &[
        "HOME » NATIONAL » {topic}",
        "NEWS / SOUTH ASIA / NEPAL",
        "E-Paper | Nation | Opinion | Sports | Business | Showbiz | Videos | Archives",
        "‹ Earlier in National   |   Later in National ›",
        "SHARE ⟶ Telegram · FB · WhatsApp · 🔗",
        "▲ TOP",
        "Font: Smaller | Reset | Larger",
        "Showing part 2 of 4 — continue on next page ›",
        "CITY — THIRUVANANTHAPURAM",
        "↓ Main story",
    ],
    bylines: &[
        "{name} | Our Correspondent",
        "KATHMANDU, March 3 (ANN) —",
        "Posted 12 Feb 2024, 19:42 IST · Edited 13 Feb, 09:15 IST",
        "Translation from Bengali: {name2}.",
        "— Photo: Special Arrangement",
        "{name} has been writing about {topic} out of the Darjeeling office for eight years. Email: {handle}@morningsentinel.com.pk",
        "— PTI, Reuters contributed",
        "Noticed something wrong? Tell us: fixit@thedeccanledger.in — every correction is logged on page 2.",
        "File picture: {name2}/The Island Courier",
    ],
    headlines: &[
        "Onion prices touch Rs 120 per kilo at wholesale mandis as arrivals from Nashik dip",
        "Cabinet clears new metro corridor linking airport with old city",
        "Monetary board holds benchmark at 8.25pc, cites easing food inflation",
        "Two dead, 11 hurt as passenger bus skids off Mugling highway into Trishuli",
        "High Court seeks civic body's reply over waterlogging in low-lying colonies",
        "Sundarbans tiger count rises to 125, latest census shows",
        "Pakistan edge Bangladesh by four wickets in rain-hit thriller",
        "Hospitals told to open dedicated fever wards as dengue tally tops 40,000",
    ],
    topics: &[
        "monsoon flooding",
        "the state budget",
        "power tariffs",
        "brick kiln pollution",
        "the Test squad selection",
    ],
    names: &[
        "Priyanka Venkataraman",
        "Tashi Gurung",
        "Farhan Qureshi",
        "Nilmini Jayasuriya",
        "Oliver Brennan",
    ],
    seed: 107,
};

/// Twenty-eighth round, written by a helper session from the noise kinds alone (not the other
/// sets) from a mix of sites: opinion and analysis magazines, long-read newsletters and podcast-backed news brands, at least half of each field as plain sentences.
const TUNE_108: Templates = Templates {
    teasers: &[
        "Every earlier instalment of this strand on {topic} now lives on one index page that members can browse.",
        "Fieldwork, our fortnightly audio show, returns this Thursday for an hour-long exchange on {topic}, taped in {city}.",
        "▶ LISTEN: {name} and {name2} argue it out in Episode 214 — 48 min",
        "Reader-funded since 2011. Members keep the lights on — from £4.50/mo →",
        "Three free essays have gone your way since the first of the month, and a paid subscription would keep them coming.",
        "A related piece from our archive, {headline}, makes the opposite case.",
        "The Sunday letter lands with 140,000 readers each week, and {name} writes it longhand at a café in {city}.",
        "🎧 Ep. 88 is live — stream it via Pocket Casts, Apple or Spotify",
        "No advertiser funds a word we publish, so long reads like this one survive on readers who pitch in a few pounds.",
        "SPONSORED · What one credit union learned about {topic} (in association with Halden Mutual)",
    ],
    forms: &[
        "The inbox you give us receives the Sunday letter and nothing else, ever.",
        "Email*   [ Yes, the Sunday letter please ]",
        "Posting is limited to subscribers, and every reply is held back for a human to approve.",
        "Free reads remaining: 0 of 3 · Already paying? Enter here ↗",
        "The replies thread is refusing to appear, and a fresh attempt shortly may fix it.",
        "Quick poll: Is the licence fee worth keeping?  ○ Yes, keep  ○ Abolish  ○ Unsure — 1,964 responses",
        "Our analytics record how far each reader scrolls through an essay, and the consent panel lets you switch that off.",
        "Search the magazine…",
        "Your signup went through, and the first letter is due on Saturday or Sunday.",
        "Members may gift five essays every month to friends who have not paid.",
    ],
    navigation: &[
        "Home › Ideas › {topic}",
        "Essays | Politics | Culture | Podcasts | Newsletters | Events",
        "This article belongs to a 12-piece package on {topic} in the April print edition.",
        "Below is the middle section of a serial in four parts, whose opening chapter ran last week.",
        "Post  ·  Link  ·  Mail  ·  Bookmark",
        "{name2} narrates our audio take on this essay, which lasts 23 minutes.",
        "0:00 / 23:14   ⏵  1x  ⤓",
        "Reading time is about 14 minutes, according to our estimate.",
        "The Ideas desk, home to this page, runs long essays every Saturday.",
        "Instalment three, on {topic}, goes online on Friday.",
    ],
    bylines: &[
        "{name} edits our books pages and is the author of a pair of nonfiction titles on {topic}.",
        "By {name} and {name2}",
        "{name2} files the Thursday dispatch from {city}, having reported on its city hall for ten years.",
        "Illustration by Oyelaran Studio for The Long Middle",
        "{name2} rendered this essay out of Galician for the magazine.",
        "Our first draft put the council’s founding a decade too early, and the date is now right.",
        "{city} · 17 Feb 2022 · ≈11 mins",
        "Letters responding to this essay reach {name} directly, and each one gets read.",
        "{name2} produces the show, with sound design from Teodor Vass and music by Low Hours.",
    ],
    headlines: &[
        "Suburban swing voters picked the last government, and they are picking this one too",
        "Few in Westminster will say what the pension funds actually own",
        "What a fading Faroese dialect reveals about memory",
        "Britain’s water companies were never built to survive a hot decade",
        "The Strange Afterlife of the Office Tower",
        "Inside the slow unravelling of the midsize record label",
        "My father kept a ledger of every favour he was ever owed.",
        "The thirty-two-hour week worked, and then the managers returned",
    ],
    topics: &[
        "municipal housing",
        "rural broadband",
        "public pensions",
        "literary prizes",
        "drought policy",
    ],
    names: &[
        "Ines Valcárcel",
        "Tomasz Wierzba",
        "Adaeze Okonjo",
        "Ruairí Keane",
        "Haruto Ishikane",
    ],
    seed: 108,
};

/// Twenty-eighth round, written by a helper session from the noise kinds alone (not the other
/// sets) from a mix of sites: local and city news sites, community radio pages and hyperlocal blogs.
const TUNE_109: Templates = Templates {
    teasers: &[
        "🎙️ Hear {name} talk it over on Saturday Morning Porch, 9–11am on 91.3 FM or streaming anytime from our archive.",
        "Remembering a neighbor? Browse this week's obituaries and guest books →",
        "MORE ON {topic}: Aldermen push parking-meter decision to March",
        "Our newsroom is three part-timers and a lot of volunteers. Pitch in six bucks monthly and keep local reporting on the porch, not behind a wall.",
        "Got a tractor, a litter of barn kittens or Grandma's hutch to unload? Classified ads under 25 words cost nothing. Post yours today.",
        "This Weekend in {city}: farmers market, a polka mass and the library's used book blowout. Whole calendar here",
        "Sponsored · Harbor Credit Union: Members countywide can skip the first payment on auto loans through June 30.",
        "Pledge drive update: we're at 62% of our spring goal. Every gift this week is matched by the Friends of Community Radio!",
        "Read next: {headline}",
        "The Morning Stoop lands at 6 a.m. — hometown headlines and the weather before your coffee gets cold. It's free.",
    ],
    forms: &[
        "Speak up, neighbor — Display name* | E-mail (stays off the page)* | Your site",
        "Every comment here gets read by a volunteer first; whatever comes in overnight waits for the morning shift. Be kind to each other.",
        "Add a happening: Title* | When* | Where | Admission free? ☐ ☐",
        "You've used up most of your April freebies (two left). A dollar gets you everything through May.",
        "WEIGH IN: Close Main Street to cars on summer Sundays?  ○ Absolutely  ○ Nope  ○ Just in July   [Submit]  Tally so far",
        "Hmm, the forecast feed isn't answering. Hang tight and hit reload.",
        "ZIP ▸ show my radar",
        "Our player sets a cookie so it knows which of our three stations you like and how many folks stream us. Sounds fine | Show me the settings",
        "Members: your member number gets you in to chime in. No number yet? Register free with an email.",
        "Almost there — a confirmation note is headed to your inbox. Click that, and {topic} alerts start flowing.",
    ],
    navigation: &[
        "Home › Local › Schools & Education",
        "News | Sports | Obituaries | Classifieds | Events | Weather | Listen Live",
        "▶ LISTEN LIVE   ❚❚   Now playing: Night Shift with {name2}",
        "« Older posts",
        "Newer stories  |  Page 3  |  Earlier stories",
        "Send this to a friend:  ✉  f  𝕏  🖨",
        "⌃ Up",
        "Bypass menu",
        "LOCAL GOVERNMENT",
        "Filed under: {topic}, Neighborhoods, Town Council",
    ],
    bylines: &[
        "By {name}, Volunteer Correspondent",
        "Written by {name2} · 6:14 pm Tues. · 12 comments",
        "{name} taught chemistry at the regional high school for 30 years and has hosted Bluegrass Breakfast on our airwaves every Sunday since 1998.",
        "Photo: Millbrook Heritage Museum archives",
        "Gazette photos / {name2}",
        "Editor's note: The fire chief's surname was spelled wrong when this article first ran. We regret the error.",
        "Heard something we should look into? Write {handle}@ourtownnews.org or ring 555-0142.",
        "{city} — ",
        "Staff report",
    ],
    headlines: &[
        "Burst pipe shuts Elm Street for second time this month",
        "Longtime baker turns off the ovens for good, four decades on",
        "Robotics club's robot 'Gus' earns ticket to state finals",
        "County fair drops demolition derby, cites insurance costs",
        "Library board approves Sunday hours starting in the fall",
        "Police: Stolen goat returned unharmed to 4-H student",
        "Planning commission splits on proposed riverside apartments",
        "Kids pick names for plow trucks — 'Sir Plows-a-Lot' wins",
    ],
    topics: &[
        "road construction",
        "the school levy",
        "Friday night football",
        "the farmers market",
        "city council",
    ],
    names: &[
        "Marlene Okafor",
        "Dale Lindqvist",
        "Rosa Villanueva",
        "Tomasz Wierzbicki",
        "Keahi Fontenot",
    ],
    seed: 109,
};

/// Twenty-eighth round, written by a helper session from the noise kinds alone (not the other
/// sets) from a mix of sites: international broadcasters' multilingual services and humanitarian news portals, at least half of each field as plain sentences.
const TUNE_110: Templates = Templates {
    teasers: &[
        "Our Dari desk correspondents have been at the Torkham and Chaman crossings since the first returns began.",
        "A photo essay from the displacement camps outside {city} sits alongside this week's field update.",
        "Read in Urdu | پښتو | دری",
        "Funding gaps, access constraints and caseload numbers for {topic} fill the 11-page partners' update linked from our resources page.",
        "Give today → £20 buys a winter kit of blankets and stove fuel for one household.",
        "Reader gifts fund our work in conflict areas, and small monthly contributions keep every story open to anyone.",
        "🎧 The World This Week, ep. 214 — inside {topic}",
        "All of our {topic} reporting lives in one special section, refreshed daily by staff in the field.",
        "ALSO FROM THIS CRISIS: {headline}",
        "Field dispatches reach subscribers of the humanitarian newsletter each Thursday at dawn, Kabul time.",
    ],
    forms: &[
        "We use the addresses gathered on this form only for the weekly humanitarian briefing.",
        "Subscribe",
        "Email ▸ Join the briefing",
        "A cookie records your visits and the language edition you picked, so the page opens in that language next time.",
        "Replies are checked by a moderator before they are published on the page.",
        "Select a gift: £12 · £40 · £90 · Your own amount",
        "The live page could not be refreshed, and new posts will load when your connection returns.",
        "Search in Urdu, Pashto, Dari or English…",
        "This is the third of five stories available to you before registration is required.",
        "Monthly gifts are processed securely, and a tax receipt follows by email.",
    ],
    navigation: &[
        "Home › Humanitarian › Afghanistan crisis › Returnees",
        "English | اردو | پښتو | دری | Français | Español",
        "Jump to the article",
        "The same article can be read in seven other languages, listed below.",
        "This text comes from the English output of a service that also broadcasts in six regional languages.",
        "Send to a friend — WhatsApp / Telegram / Messenger / copy link",
        "This live page is no longer being updated.",
        "Filed under: {topic} · Displacement · South Asia",
        "Posts appear newest first, with times given in Kabul local time (GMT+4:30).",
        "Audio narration of this piece, which is computer-generated, lasts roughly seven minutes.",
    ],
    bylines: &[
        "Words: {name}, {city} · Field interviews: {name2}",
        "{name} has worked on the Dari desk for a decade, mostly on the lives of families forced from their homes.",
        "{name2} turned the original Pashto interviews into English, and some quotes have been shortened.",
        "Every image in the series was made by {name}, who spent four months travelling with returnee families.",
        "Updated at 09:51 GMT · 5 hrs ago",
        "By {name} | {city} | 6 March 2024",
        "Anyone who notices an inaccuracy can email the editors at accuracy@reliefwire.org.",
        "Photo © {name2} / Relief Wire",
        "{name} was in {city} for this story, while {name2} contributed from Geneva.",
    ],
    headlines: &[
        "Kabul bread prices double after border closure, traders say",
        "Cholera spreads through Sindh villages as monsoon floodwater refuses to recede",
        "Food trucks finally enter encircled town after three weeks stuck at a checkpoint",
        "Explainer: Why the Hindu Kush earthquake was felt as far away as Delhi",
        "Afghan women's football team plays its first match in exile",
        "LIVE: Death toll climbs after landslide buries mountain village",
        "Somali herders are selling their last goats as a fourth rainy season fails",
        "In pictures: Nowruz fairs return to Herat's old city",
    ],
    topics: &[
        "the monsoon floods",
        "Afghan refugee returns",
        "the Sudan cholera outbreak",
        "girls' education in Afghanistan",
        "winter aid in the Hindu Kush",
    ],
    names: &[
        "Zarghona Ahmadzai",
        "Tomasz Wierzbicki",
        "Nadia Okonkwo",
        "Farhan Qureshi",
        "Ingrid Solvang",
    ],
    seed: 110,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a South Asian regional television broadcaster's English news site, at least half of each field
/// as plain sentences.
const TUNE_111: Templates = Templates {
    teasers: &[
        "📺 Watch LIVE: Non-stop coverage of {topic} on our 24x7 channel — stream it free on the app ➜",
        "Follow the official channel on WhatsApp and every big development on {topic} shows up in your chats first",
        "ALSO READ | {headline}",
        "Put the app on your Android or iPhone and carry the Northeast newsroom wherever you go",
        "🔴 Stay ahead! Hit the 🔔 icon and allow push alerts.",
        "Catch the complete Newsnight bulletin at ten tonight on this channel",
        "Also Watch ▶ Prime Time Debate with {name} | Full Episode",
        "Our daily news videos in English and Assamese are now up on YouTube so hit subscribe there",
        "Find us on Google News, X and Instagram — @{handle} posts ground reports through the day 📲",
        "Want the evening wrap of top stories by email? Register for the free Sundown Brief newsletter",
    ],
    forms: &[
        "Type your ten digit phone number and we shall SMS you whenever a big story breaks",
        "Allow notifications? We'll only buzz you for something major. [Allow] [Maybe later]",
        "Live stream error. Connection to the broadcast server timed out so kindly reload after some time",
        "Comments (0) — Nobody has reacted yet, start the discussion",
        "Thanks for writing in. An editor will look at it before it shows below the article",
        "Viewers' Poll 🗳 Is postponing {topic} the right call? ◯ Yes, postpone ◯ No, hold it on time ◯ Not decided yet — VOTE NOW",
        "Search stories, bulletins, anchors…",
        "Small text files let us measure audience numbers and remember whether you picked English or Assamese. Continue if that is okay with you",
        "Login with OTP | Google sign-in | First time? Create account",
        "Broadcast rights restrictions mean this clip is blocked outside India",
    ],
    navigation: &[
        "Home › News › Northeast › {topic}",
        "Home Latest Live TV Shows Assembly Polls Cricket Entertainment Lifestyle",
        "Forward on: 𝕏 Post  ✈ Telegram  🟢 WhatsApp  f Facebook  🔗 Link",
        "Next Story",
        "Show older stories ↓",
        "Page top",
        "● LIVE TV — Watch Now",
        "Northeast desk has more headlines for you",
        "Trending: #{topic} · Assembly Session · Weather Alert · Ranji Trophy",
        "Open the TV player without scrolling",
    ],
    bylines: &[
        "Written by {name} | Desk: {name2}",
        "Our Correspondent, {city}",
        "Posted on 22 Aug 2023, 11:08 AM IST | Modified: 1:51 PM IST",
        "{name} has covered state politics and the assembly for over a decade from the channel's main studio",
        "Video: {name2} / Camera: Bikash Deka",
        "Agency copy: PTI / IANS",
        "Image courtesy: Screengrab from viral video",
        "Filed from the {city} office",
        "Is any fact in this story incorrect? Mail the editors as we fix errors promptly",
    ],
    headlines: &[
        "Guwahati: Flyover work to shut GS Road stretch for 45 days, traffic advisory issued",
        "Heavy rain lashes lower Assam as IMD issues orange alert for three districts",
        "Meghalaya ministers clear tourism policy to boost village homestays",
        "‘Nobody told us anything’: Tea garden workers protest delay in wage hike",
        "Manipur schools to reopen next week after a month of closure",
        "HSLC Results 2024: Pass percentage climbs to 75.7%, Nalbari district tops chart",
        "Tripura man arrested with brown sugar worth Rs 2 crore near border",
        "WATCH | Elephant herd strolls into Golaghat village, residents panic",
    ],
    topics: &[
        "the flood situation",
        "the panchayat polls",
        "the Brahmaputra bridge project",
        "the teachers' recruitment exam",
        "the tea wage dispute",
    ],
    names: &[
        "Priyanka Bordoloi",
        "Tenzing Lepcha",
        "Farhan Qureshi",
        "Lalremruati Sailo",
        "Marcus D'Souza",
    ],
    seed: 111,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a financial and markets news site.
const TUNE_112: Templates = Templates {
    teasers: &[
        "Start every session with The 6:45 Sheet — futures, overnight Tokyo/Hong Kong moves, today's earnings calendar. Included in Pro; first fortnight on us ›",
        "📈 ANALYST NOTE: Our equity desk just moved three mid-cap lenders to Overweight. Premium Research members can read the 14-page note now.",
        "LIVE WEBINAR · Thu 2:00 PM ET — {name} on how a rate-cut cycle could reshape {topic}. Register (free) →",
        "READ MORE: {headline}",
        "Sponsored | Yields near 5% changed the math on cash. Get Harcourt Wealth Partners' mid-year outlook — no cost, no obligation.",
        "Trending on Markets: 1. {headline} 2. Brent slips as OPEC+ weighs output hike 3. Yen weakens past 160 per dollar",
        "🎧 The Closing Print, ep. 212: why {topic} is the trade fund managers keep avoiding (38 min)",
        "Track {topic} tick by tick on mobile — price alerts, custom watchlists, breaking headlines. Get the TickerLedger app.",
        "WATCH ▶ Fed minutes, decoded in 90 seconds",
        "Want more of this? Follow {name} for daily calls on {topic}.",
    ],
    forms: &[
        "June allowance: two gift articles remaining. Upgrade to Pro — $4 for three months, then $29/mo. Cancel online in two clicks.",
        "Look up a symbol (e.g. AAPL, EURUSD=X)…",
        "Streaming quotes paused: price feed dropped. Reconnecting…",
        "＋ Watchlist",
        "POLL: Where does the S&P 500 end December? ○ Under 4,800 ○ 4,800–5,200 ○ Over 5,200 [Cast vote]",
        "TickerLedger and its vendors use trackers for analytics, ad measurement and live market data. [OK, allow] [Essentials only] [Choose]",
        "Pro members see real-time quotes — sign in. Free-tier prices lag the exchange by 15 min.",
        "Work email*   ☐ Yes, add me to the Weekly Rates Digest (plus sponsor news now and then).   [Join]",
        "Discussion is locked. Moderators are online 8am–6pm ET, Mon–Fri.",
        "Done! An alert fires once {topic} crosses your price target. Manage alerts in Settings.",
    ],
    navigation: &[
        "Markets › Equities › Europe",
        "MARKETS | DATA | ECONOMY | COMPANIES | YOUR MONEY | VIEWS | VIDEO",
        "DJIA 38,906.51 ▲0.37%   SPX 5,318.02 ▼0.11%   COMP 16,843.79 ▲0.26%   US10Y 4.31%",
        "« Previous   Part 3   Continue reading »",
        "Share this: 𝕏 · LinkedIn · WhatsApp · ✉ · 🔗",
        "Skip to quote lookup",
        "Intraday · 1W · 3M · 12M · Since IPO",
        "▶ 00:17 │ 03:42   Subtitles   ⚙   ⛶",
        "<GO>  F1 HELP  F8 EQTY  F9 GOVT  F10 CORP  F11 CMDTY",
        "⌃ Top",
    ],
    bylines: &[
        "By {name} and {name2} | {city}",
        "{name}, New York desk — beat: {topic}. Email {handle}@tickerledger.com",
        "Updated 4:52 PM EDT · First published 8:36 AM EDT",
        "Chart: {name2}/Market Data Desk. Source: LSEG, company filings",
        "{name2} contributed from {city}. Editor: {name}",
        "Disclosure: {name} owns none of the securities discussed here. Nothing above is a recommendation to buy or sell.",
        "Traders on the exchange floor minutes into the session. Photo: {name}/Getty",
        "See an error? Contact: corrections@tickerledger.com",
        "{name}  @{handle}  + Follow",
    ],
    headlines: &[
        "Copper Hits Highest Since 2022 After Walkout Shuts Peru's Biggest Pit",
        "Regional Airline Files for Chapter 11 After Pilot Shortage Deepens",
        "Why Pension Funds Are Quietly Dumping Office Towers",
        "Cocoa futures jump 9% in one session, steepest rise since 1973",
        "SNB stands pat, says it is ready to sell francs again",
        "Billionaire's Family Office Bets $2 Billion on Small Nuclear Reactors",
        "Heat wave sends Texas power prices past $5,000 a megawatt-hour",
        "Retail traders pile into leveraged ETFs as the VIX sinks to 12",
    ],
    topics: &[
        "Treasury yields",
        "frontier-market bonds",
        "chip stocks",
        "crude futures",
        "bank earnings",
    ],
    names: &[
        "Priyanka Deshmukh",
        "Tobias Lindqvist",
        "Adaeze Okonkwo",
        "Mateo Carvajal",
        "Hana Kobayashi",
    ],
    seed: 112,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a small-town local newspaper on an off-the-shelf CMS, at least half of each field as plain
/// sentences.
const TUNE_113: Templates = Templates {
    teasers: &[
        "Flip through Thursday's paper online ➜ our e-Edition mirrors the print layout, page for page.",
        "Obituaries for the week are posted online every Tuesday and Friday morning",
        "📅 Busy weekend ahead? Browse our events listings, or add your own (no charge!)",
        "Opinions about {topic} are welcome on our Readers Write page if kept under three hundred words",
        "CLASSIFIEDS: Yard sales • hay & livestock • help wanted — ads placed by Monday noon run that Thursday.",
        "Support hometown reporting by taking the printed paper for about ninety cents a week",
        "RELATED: {headline}",
        "Our Morning Edition email arrives at six with headlines from every township in the county",
        "Honor roll lists and weekend box scores appear in the current digital replica too",
        "Sponsored by Hartwell Family Pharmacy | Proudly filling prescriptions on the square since 1962",
    ],
    forms: &[
        "This is 1 of your 3 complimentary reads for March. Start a subscription today · Print subscribers, activate your access here »",
        "Type the seven digit subscriber code from the address sticker on your paper to read on",
        "Submit an Event — Event title* / Date* / Start time / Location / Contact phone / Cost (if any)",
        "Thanks, your death notice was sent and our office will phone the family to confirm details before it runs.",
        "Each letter needs the writer's name, town of residence & a phone number so we can verify it (the number stays private). Unsigned letters are never run.",
        "Obituaries and letters do not accept public replies",
        "Buy a Classified Ad → Pick a category ▾ | Word count: 0 | Total: $0.00",
        "Our staff tally traffic and keep track of your preferences with cookies",
        "🔍 Obituary lookup: type a surname, given name or funeral home",
        "Start or stop home delivery, report a missed paper or put your subscription on vacation hold.",
    ],
    navigation: &[
        "Home › Community › Around Town › {topic}",
        "Bypass navigation links",
        "« Previous obituary | Next obituary »",
        "Pass it on: Email · Facebook · Text message · Print 🖨",
        "More letters from readers appear in the Opinion section",
        "‹ Older letters | 2 of 5 | Newer letters ›",
        "Scroll up top",
        "☰ Menu | 🔍 Search | e-Edition | Subscribe",
        "See everything in Lifestyles and Faith",
        "Tap a picture below to see it larger",
    ],
    bylines: &[
        "By {name}, Ledger staff",
        "{name} writes about courthouse matters and the school board each week.",
        "Image loaned by the {city} Historical Society archive",
        "Submitted photo",
        "Reach {name} at {handle}@countyledger.com or 555-0142, ext. 21.",
        "A community correspondent who sits in on township board meetings filed this account",
        "Posted Wednesday, Oct 9, 2024 6:47 pm | Updated 7:38 am",
        "Ledger photo by {name2}",
        "Did we get something wrong? Phone our editors at (555) 014-2290 — we fix every mistake in print and online.",
    ],
    headlines: &[
        "Volunteer fire department to host annual pancake breakfast Saturday",
        "County commissioners approve salt shed over road crew's protests",
        "Lady Bulldogs fall to Cedar Ridge in district semifinal, 48-41",
        "Longtime pharmacist retiring as downtown drugstore changes hands",
        "Fair board weighs $2.50 gate increase as livestock barn repairs loom",
        "School board names interim superintendent",
        "Fourth generation dairy farm honored by state conservation group",
        "‘Bailing all night long’: Mill Creek residents recount flood",
    ],
    topics: &[
        "the Harvest Days parade",
        "the sewer rate increase",
        "the library annex",
        "the homecoming game",
        "the township zoning board",
    ],
    names: &[
        "Marjorie Kettleson",
        "Tomás Villanueva",
        "Adaeze Okafor",
        "Dale Hruska",
        "Priya Ramaswamy",
    ],
    seed: 113,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a policy think-tank's and humanitarian NGO's commentary blog.
const TUNE_114: Templates = Templates {
    teasers: &[
        "📄 Report, 3.1 MB PDF: “Fragile Corridors — Aid Access in Protracted Crises”",
        "Listen: Episode 47 of Policy Under Pressure — {name} on why {topic} keeps slipping off the G20 agenda 🎧",
        "$35 fuels a mobile clinic for a day's round of village visits — and every donation before midnight is tripled by our Board. Give now →",
        "RELATED COMMENTARY: {headline}",
        "Lire en français | Leer en español | اقرأ بالعربية | Ler em português",
        "Launch event · Wednesday 22 May, 16:00 GMT · {city} & online. Our annual Humanitarian Outlook, presented by its authors. RSVP: capacity is capped.",
        "Map it: the {topic} monitor, updated monthly",
        "Short on time? The executive summary runs to four pages.",
        "Become a Monthly Partner for quarterly field briefings from our country teams.",
        "Other Fellows' writing ›",
    ],
    forms: &[
        "The Policy Digest — out Fridays. Your email:",
        "Given name* Surname* Organisation Work email* JOIN",
        "Pick a sum: £15 · £40 · £90 · £ ___",
        "Done — you're registered. The joining link and a calendar file (.ics) are in your inbox.",
        "☐ Keep me posted about emergency appeals and new research on {topic}. You can withdraw consent whenever — details in how we handle your data.",
        "Add your response. A staff member vets every submission, which can take two working days.",
        "May we count anonymous page visits, so we know whether our briefs are finished or abandoned? Allow tracking · Decline · Customise",
        "Search reports, commentary, experts…",
        "Sorry, this webinar is full. Join the waitlist?",
        "☐ Repeat my donation every month  |  ☐ Cover the processing fee (3%)",
    ],
    navigation: &[
        "Home › Insights › Commentary › {topic}",
        "Research | Programmes | Experts | Events | Podcasts | Donate",
        "← Older commentary | Newer commentary →",
        "Share ↗ Threads · Mastodon · LinkedIn · 🔗 URL",
        "▲ Top",
        "↓ Commentary begins here",
        "▶ 00:00 / 41:07   1x   Download MP3   Subscribe: Apple · Spotify · RSS",
        "Pg. 4/11 ›",
        "Tags: {topic} / Forced Displacement / Aid Access",
        "Filed under: ANALYSIS",
    ],
    bylines: &[
        "{name} heads our {topic} research stream and is a Visiting Scholar with the Humanitarian Policy Programme. She previously ran UN field operations across Mali and Niger for ten years.",
        "By {name} and {name2} | 9 July 2023 | ≈ 6 min",
        "English translation: {name2}. Original published in Spanish.",
        "Photo: A distribution point outside {city}, October 2023. © {name} / field office",
        "This piece reflects its author's personal judgement, not an institutional position; our board and donors have no editorial say.",
        "For interviews with {name}, contact our communications team: media@crossroadsinstitute.org",
        "{name} posts at @{handle}",
        "Correction (3 May): The displacement figure for Tigray previously read 1.4 million; it is 4.1 million.",
        "Research assistance by {name2}. Data visualisation: Policy Lab team.",
    ],
    headlines: &[
        "Why Debt Relief Must Come Before Climate Finance in East Africa",
        "What Ten Years of Cash Transfers Taught Aid Agencies in Refugee Settlements",
        "Arms Control Treaties Are Unravelling. Nobody Has a Plan B.",
        "Reserve Bank Freezes Interest Rates, Defying Farm Lobby",
        "Can Local NGOs Survive the Funding Cliff?",
        "Ferry Operators Strike Over Pension Changes, Stranding Island Commuters",
        "After the Earthquake: Rebuilding Schools Without Repeating Old Mistakes",
        "Europe's Migration Pact, One Year On",
    ],
    topics: &[
        "food security",
        "humanitarian access",
        "climate adaptation",
        "refugee protection",
        "sovereign debt",
    ],
    names: &[
        "Ingrid Solberg",
        "Tariq Haddad",
        "Shu-Fen Liao",
        "Kofi Asante",
        "Lucía Ferreyra",
    ],
    seed: 114,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// an Afghan exile-run portal in English beside Dari and Pashto, at least half of each field as
/// plain sentences.
const TUNE_115: Templates = Templates {
    teasers: &[
        "The complete Dari bulletin for tonight runs about twelve minutes.",
        "Our reporters work from exile so that news from inside Afghanistan does not go silent. A regular contribution lets this newsroom stay free.",
        "📲 Hourly updates in three languages (دری · پښتو · EN) — channel link in our profile",
        "A Pashto translation of this report is also available.",
        "RELATED » {headline}",
        "Subscribe for the weekly exile digest each Friday.",
        "Diaspora evening: Afghan women poets read in {city}, Saturday 18:00 — free entry, register on our events page ›",
        "🎧 Top audio now — {headline} / Evening news in Pashto / Kabul bazaar prices",
        "Every donation helps a journalist in hiding keep filing stories.",
        "Further coverage of {topic} lives under Afghanistan.",
    ],
    forms: &[
        "Readers contacting us from Afghanistan are never identified in print.",
        "✉ Sign up — Preferred language: ☐ English ☐ Dari ☐ Pashto  [Subscribe]",
        "Your payment was declined so kindly review the card number and expiry date.",
        "Amount (USD): $5 · $15 · $40 · custom ____",
        "Our editors approve each reply manually so yours could appear tomorrow.",
        "Search stories (English / Dari / Pashto)…",
        "🍪 With your consent we measure which reports Afghans at home and abroad open most. OK | Manage choices",
        "POLL: Should diaspora groups attend events hosted by Taliban envoys? ◯ Yes, boycott ◯ Attend and protest ◯ Unsure — 1,482 votes",
        "The bulletin would not play so you may listen through the Telegram feed instead.",
        "Logged in readers may pin articles for later and get a ping whenever new reporting goes up.",
    ],
    navigation: &[
        "Home › Afghanistan › Women & Society",
        "EN | دری | پښتو",
        "Open the Dari edition of this article.",
        "Share: Telegram · X · WhatsApp · 🔗",
        "⏮  00:00 / 14:32  ⏭   🔊 1x",
        "Return to the page header.",
        "‹ Newer  |  page 4 of 27  |  Older ›",
        "Sister editions of this website exist in Dari and Pashto.",
        "More stories are filed under exile and diaspora.",
        "Keep reading the following report on the same subject.",
    ],
    bylines: &[
        "{name} | {city} | 3 hours ago",
        "Translation from Pashto was done by two colleagues working in English.",
        "{name} presented the evening news in Kabul before August 2021; she now files from {city} · X: @{handle}",
        "Our Kandahar reporter is not named here to protect the family.",
        "Photo: {name2} / exile press pool",
        "Our Dari news presenters voice the recorded bulletin each night.",
        "Published 25 Aqrab 1403 (15 Nov 2024) · 4 min read",
        "Our London office corrects any wrong date or figure as soon as a reader points it out.",
    ],
    headlines: &[
        "Taliban widen park restrictions for women to Herat province",
        "Former lawmakers in exile meet in Oslo to draft a shared charter",
        "Pakistan begins second wave of deportations as winter nears",
        "Afghan cricket side wins hearts in Chennai despite narrow defeat",
        "‘We teach in basements now’: inside Kabul’s secret schools for girls",
        "UN: 23.7 million Afghans will need aid in 2025",
        "Opium prices triple after poppy ban — growers switch to saffron",
        "Exiled journalists in Germany face visa limbo, lawyers say",
    ],
    topics: &[
        "girls’ education",
        "the media crackdown",
        "Afghan refugees in Iran",
        "the Herat earthquake recovery",
        "humanitarian aid cuts",
    ],
    names: &[
        "Farida Noorzai",
        "Mirwais Karimi",
        "Tobias Lindqvist",
        "Shabnam Rahimi",
        "Helen Okafor",
    ],
    seed: 115,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a science and technology news site with video, reviews and a members' forum.
const TUNE_116: Templates = Templates {
    teasers: &[
        "▶ WATCH: Seven days, one hammer, a freezer and {topic} — our lab's durability verdict (4:12)",
        "Price drop 🔥 The earbuds we scored 9/10 just fell to $79 on Amazon. Disclosure: purchases made via the buttons below can earn Circuit a referral cut, at no extra cost to you.",
        "The Circuit Brief ☕ five science stories worth your coffee, landing free before breakfast, weekdays.",
        "More on {topic}: {headline}",
        "Circuit Insiders get zero ads, see lab reviews two days early and help pick what we test next. Become an Insider — £3/mo →",
        "🎧 Signal & Noise, ep. 148: {name} unpacks why {topic} keeps missing its deadlines. Out now on Spotify, Overcast and YouTube",
        "PAID POST · Brought to you by Nordvolt: Keeping AI server halls cool when the grid runs hot",
        "Busy forum thread: \"Anyone else's battery tanking since the 17.2 patch?\" (312 replies)",
        "Editors' choice: Kestrel X2 Robot Vacuum — $449 at Target (RRP $599)",
        "Trending 📈 — ① Inside the clean room where Europe builds its chips ② {headline} ③ Light pollution is erasing the Milky Way faster than predicted ④ Every foldable we reviewed, ranked worst to best",
    ],
    forms: &[
        "You're on free story 3/5 for March — get every review, teardown and investigation with a Circuit subscription.",
        "Add your take. Personal attacks and derailing get deleted; first-time commenters wait in a moderation queue.",
        "Replying is limited to forum accounts — log on first",
        "Playback error (code 232011). Our video server didn't respond — reload, or whitelist circuitnews.com in your blocker.",
        "Circuit plus 211 advertising partners use trackers to tally visits, target adverts and run embedded clips. Fine by me | Decline optional | Cookie settings",
        "READER POLL 🗳 Parents: would you let a driverless cab take your kids to school? ◯ Sure ◯ With a human on board ◯ No way — Submit to reveal totals",
        "you@domain.com  [Yes please]  We'll only use it to send the newsletter. Privacy details here.",
        "Prices updated every 60 min. Lowest price: $129.99 — View deal",
        "Search reviews, news and forum threads…",
        "24 of 187 comments shown · Order: Most liked ▾  Show more",
    ],
    navigation: &[
        "Home › Science › Space",
        "News | Reviews | Deals | How-To | Video | Forum | Newsletters",
        "Skip navigation",
        "Send this to a friend ✉  |  Post to Reddit  |  WhatsApp  |  🔗",
        "◀ Older story    Up next: {headline} ▶",
        "0:00 / 6:48  ⏸  🔊  CC  ⚙  ⛶",
        "‹ Prev  |  3 of 5  |  More ›",
        "↑ Top",
        "TECH",
        "Reviews › Laptops › Best budget laptops 2025",
    ],
    bylines: &[
        "By {name}, Senior Science Editor",
        "{name} designed sensors for eight years before switching to journalism; these days the beat is {topic}. Bluesky: @{handle}.",
        "Video: {name2} / Lab Team",
        "Revised 09:47 GMT. {name} reported from {city}; benchmarks run by {name2}.",
        "Illustration: Marta Kovacs for Circuit",
        "Tips on {topic}: {handle}@circuitnews.com, Signal number on request.",
        "Correction: We originally listed the phone's battery as 4,500mAh. The correct figure is 5,000mAh.",
        "{name} | Reviews Writer | March 3, 2025 · 0900 ET",
    ],
    headlines: &[
        "Homeless planet with no star found wandering the galaxy's outskirts",
        "The best mechanical keyboards of 2025 after 300 hours of typing",
        "Why your smart thermostat might be costing you more this winter",
        "Scientists grow functioning tooth enamel in the lab for the first time",
        "Apple quietly drops support for three older iPads in latest update",
        "Hands-on: This $250 e-reader solves my biggest gripe with Kindles",
        "Bird flu detected in dairy herds in two more states, officials say",
        "Quantum startup claims error-correction breakthrough, but experts urge caution",
    ],
    topics: &[
        "solid-state batteries",
        "the James Webb telescope",
        "home robotics",
        "gene editing",
        "satellite broadband",
    ],
    names: &[
        "Priya Raghunathan",
        "Tomasz Wielgosz",
        "Adaeze Okonkwo",
        "Henrik Lindqvist",
        "Sofía Carrizo",
    ],
    seed: 116,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a wire agency's customer-facing site, at least half of each field as plain sentences.
const TUNE_117: Templates = Templates {
    teasers: &[
        "Subscribers may pull every picture from this assignment at print resolution.",
        "▶ Video package: {topic} — 2:14 edited cut + raw B-roll ready for clients",
        "Buy reprint rights for the wire copy above with a single article plan or a full wire subscription.",
        "📸 All 46 frames shot in {city} wait inside Picture Desk archive →",
        "The {city} office files a daily briefing on {topic} for member outlets.",
        "RELATED: {headline}",
        "Dawn Wire lands in newsroom inboxes before 6am ET. Join free »",
        "The explainer graphic paired with the text ships in English, Spanish, Hindi and Portuguese editions.",
        "Interactive map + data file (CSV) bundled with the {topic} multimedia package | Preview",
        "Editors needing a localised edit can ask the closest bureau for one.",
    ],
    forms: &[
        "Ask for pricing on commercial reuse of this image. Tell us where it will run and for how long.",
        "Trial plan: 5 downloads monthly — 3 left. Move up to Premium ›",
        "Only licensed clients may open this item. Use your organisation login before opening it.",
        "Email address* | Organisation* | Country ▾ | [Request access]",
        "Rights details for this photo are missing at the moment. Reload this page shortly.",
        "🔒 Embargoed item: log in to view full text before release time",
        "Select usage: ○ Editorial ○ Commercial ○ Broadcast ○ Digital only",
        "Small browser files store your download basket between visits and record which archive pages clients open most.",
        "Find pictures by keyword, photographer or date",
        "Added to lightbox ✓ (12 items) — View lightbox | Clear",
    ],
    navigation: &[
        "Home › Regional Desks › Asia-Pacific › {topic}",
        "Back to wire feed",
        "◀ Previous frame   7 of 23   Next frame ▶",
        "Latest Markets Politics Climate Pictures Video Graphics",
        "Send this: X · WhatsApp · Mail · Permalink",
        "Bypass menus to main copy",
        "« Older dispatches | Page 2 of 14 | Newer dispatches »",
        "More from the Africa desk",
        "▶ Play  🔊  CC  00:00 / 03:12  ⛶",
        "Go back up",
    ],
    bylines: &[
        "Photographed by {name} on assignment. Editorial use only.",
        "📷 {name2}/Staff © 2024 — NO SALES, NO ARCHIVES",
        "Reporting by {name}, {city}; extra reporting {name2}; editing Europe desk",
        "{name} covers {topic} as chief correspondent out of {city} and has done so since 2011.",
        "Readers who find a factual mistake should contact the corrections team by email.",
        "Graphic: {name2} | Source: national statistics office, agency calculations",
        "Translated from French by our language desk in {city}.",
        "EMBARGOED UNTIL 00:01 GMT THURSDAY — Filed by {name} (@{handle})",
        "Footage shot by {name} alongside {name2} and local stringers.",
    ],
    headlines: &[
        "Dockers call off three week walkout once wage offer is accepted",
        "Policymakers freeze benchmark lending rate, hint at easing ‘later this year’",
        "Flooding drives thousands from low lying delta farms",
        "UPDATE 2-Copper hits record as supply fears mount",
        "Goalkeeper who won four titles retires from football at thirty nine",
        "ANALYSIS: How tighter shipping rules could hit exporters",
        "Election officials begin recount in closely fought mayoral race",
        "Wildfire smoke drifts 1,200 km, grounding flights in two countries",
    ],
    topics: &[
        "grain exports",
        "the coastal elections",
        "monsoon flooding",
        "rare earth mining",
        "border truce talks",
    ],
    names: &[
        "Ingrid Solberg",
        "Kwame Asante",
        "Lucía Ferreira",
        "Hiroshi Takeda",
        "Yusuf Demir",
    ],
    seed: 117,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a mobile-first aggregator app's web view.
const TUNE_118: Templates = Templates {
    teasers: &[
        "← Swipe: next up in {topic}",
        "📲 Smoother in the Flick app. Tap here — it's free",
        "🔥 1.2K readers tuned in to {topic} in the last hour · hop in",
        "Elsewhere from THE LEDGER → {headline}",
        "Your feed, your way. ＋Follow “{topic}” to bump similar stories higher.",
        "👍 482 · 😮 61 · 😢 17 · 💬 93",
        "TRENDING  #{topic}  #Elections  #Heatwave  #TransferWindow",
        "Morning Five ☕ — what {city} tapped most overnight, emailed by 7am. Subscribe",
        "Complete picture · 38 outlets",
        "Sponsored · Brightwell Insurance — Drivers in {city} are switching. See why ›",
    ],
    forms: &[
        "Get alerted when big news lands? Max 3 a day, promise. [Skip] [Enable alerts]",
        "Weekly limit reached (5/5). Log in via Google or Apple to unlock more — no charge.",
        "Feed didn't refresh. Drag down and try again.",
        "Did this summary help?  👍   👎",
        "Choose 3+ interests → we'll shape your For You tab",
        "Search stories, sources & topics",
        "Write a reply… (be kind, it's a public thread)",
        "This web view drops trackers (ours + 212 vendors) for personalised content and ad measurement. Options | OK, got it",
        "Report this story: Misleading · Clickbait · Offensive · Duplicate",
        "Hmm, this publisher isn't available where you are.",
    ],
    navigation: &[
        "For You | Subscribed | Nearby | World | Tech | Sports",
        "← All stories",
        "Swipe up ↑",
        "Story 1/12 · next ›",
        "Share · Save · Hide source",
        "Home › {topic} › Every angle",
        "▶ 1:47   🔇 Sound off — tap",
        "Show me less of this",
        "TOP",
    ],
    bylines: &[
        "THE LEDGER · 2h ago",
        "via Coastline Herald • {name} • 4-minute read",
        "Reported by {name} for MetroWire; condensed by the Flick desk.",
        "Photo: {name2} / Nordlicht Bild",
        "{name} writes on {topic} out of {city}. Find them at @{handle}.",
        "Posted 06:42 · Edited 09:15 · Source: PULSE24",
        "AI-assisted summary. Original reporting by {name} and {name2}.",
        "Something off in this recap? Hit ⋯ then “Flag a problem”.",
    ],
    headlines: &[
        "Island hovercraft service halted after gearbox fails twice in spring",
        "Cold snap leaves e-scooter riders stranded as batteries give out",
        "Schoolgirl, 11, forces stalemate against grandmaster at county open",
        "Disused tram shed to reopen as food hall under councillors' plan",
        "Boiler scrappage grants frozen again, installers warn of layoffs",
        "Stoppage-time spot kick keeps drop battle alive until last weekend",
        "Regional carrier grounds 140 departures over crew rota row",
        "Archaeologists pull charred loaf from Bronze Age well",
    ],
    topics: &[
        "climate policy",
        "local transport",
        "renting costs",
        "Premier League",
        "AI startups",
    ],
    names: &[
        "Ines Valcourt",
        "Tomasz Wierzba",
        "Adaeze Okonkwo",
        "Haruto Nishimura",
        "Lucía Bermejo",
    ],
    seed: 118,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the sites a ceasefire monitor scrapes, as the held-out sets are, at least half of each
/// field as plain sentences.
const TUNE_119: Templates = Templates {
    teasers: &[
        "LISTEN: The Frontline Hour, weekdays at 18:00 on 97.4 FM and in the Radio Kalden app ▶",
        "Our correspondents on either riverbank file a brief digest each evening. Register once and the digest reaches you before the late bulletin.",
        "Read more: {headline}",
        "📍 Interactive map — where the truce has held, and where it hasn't (refreshed every morning)",
        "Donations keep our mobile clinics open through the cold months. Five dollars buys antiseptic for households camped near the exclusion strip.",
        "Fresh from World Desk, {name} on what observers spot from a drone and what stays hidden below the tree line.",
        "► VIDEO (2:41) | Going home to a village cut in two by the armistice line",
        "Twelve months of Herald coverage on {topic}, gathered in one place",
        "PARTNER CONTENT · Bank of the Northern Provinces — Transfer money across the frontier in minutes, fees from 0.5%*",
        "We keep reporters posted beside the frontier so nobody relies on rumour. Support independent local reporting from two euros monthly.",
    ],
    forms: &[
        "Reader replies underneath stay disabled while negotiations go on. Our moderation desk hopes to reopen them once staffing recovers.",
        "Name* ▸ Email* (stays private) ▸ Add your thoughts… [ SUBMIT ]",
        "Four free stories used, one remaining until April. Take out a Herald subscription for reading without limits.",
        "Tracking files help us tally visitors and recall whether you prefer EN / FR / AR. Agree · Pick which ones",
        "VOICE OF THE VALLEY: Will this truce outlast the thaw? ◯ Yes, it will ◯ No, it won't ◯ Ask me in March — Cast your vote",
        "Rights restrictions block our live audio beyond the transmitter footprint. Tune your radio to 97.4 FM instead.",
        "Search UN News…",
        "Print edition readers can use their digital replica login here without paying anything more.",
        "Leave your email with us and we will write whenever the observer mission releases fresh findings.",
        "⚠ Replies failed to appear. Reload the article, please.",
    ],
    navigation: &[
        "Home › Region › Border Affairs",
        "Straight to story",
        "Send this ➜ Viber / Telegram / Email / Print 🖨",
        "◀ Older | 3 / 7 | Newer ▶",
        "These are our English pages. Pages in Arabic or French sit behind the globe icon at top right.",
        "Up to masthead",
        "▶  ❚❚  0:00 – 5:19  🔊  1x  ⚙",
        "More from Humanitarian Affairs",
        "ON AIR · Breakfast with {name} · 07:00–10:00",
        "Every episode since January is kept in the Radio Kalden audio vault.",
    ],
    bylines: &[
        "By {name}, Diplomatic Correspondent, and {name2} in {city}",
        "{name} reported at the northern checkpoint, while {name2} added interviews from {city}.",
        "📷 Photo: {name}/Kalden Herald",
        "Posted 22 Feb 2025 — Last modified 16:52 GMT",
        "{name} is a field liaison officer who joined the agency's valley office twelve years ago.",
        "Translation from Arabic, {name2}. Copy edited at our {city} office.",
        "✉ Tips for {name}: @{handle} · Errors? corrections@kaldenherald.net",
        "{city}, 9 May (Radio Kalden) –",
        "A previous edit misstated how many observers were stationed beside the river. The figure has been fixed.",
    ],
    headlines: &[
        "Farmers return to fields near the old front line after three years away",
        "Canal dispute deepens as both capitals trade blame over dry riverbed",
        "UN envoy: ‘The next 30 days will decide whether this holds’",
        "Local football league resumes with first derby since the shelling",
        "Fuel prices jump 12% overnight — what that does to your commute",
        "Rebuilt bridge at Mirza crossing opens to pedestrians only",
        "LIVE: Detainee handover under way at frontier post, officials say",
        "Opinion | Binoculars alone won't keep this peace",
    ],
    topics: &[
        "detainee swaps",
        "checkpoint reopenings",
        "riverbank demining",
        "the canal water dispute",
        "the observers' mission",
    ],
    names: &[
        "Lena Marković",
        "Tariq Haddad",
        "Ayodele Okafor",
        "Kenji Arakawa",
        "Sofía Restrepo",
    ],
    seed: 119,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a Pakistani bilingual daily's English site, at least half of each field as plain sentences.
const TUNE_120: Templates = Templates {
    teasers: &[
        "📰 Aaj ka akhbar ➜ e-paper: Lahore • Karachi • Pindi • Faisalabad",
        "All sixteen Urdu pages are uploaded in digital form by six each morning.",
        "Yeh bhi parhiye: {headline}",
        "Our mobile edition now carries over by over cricket plus Sehri and Iftar hours near you.",
        "🏏 LIVE — PAK vs NZ, 2nd T20I, Pindi Stadium | Pakistan 148/4 (16.2 ov) » Full scorecard",
        "Rishta wanted: Well-settled Arain family (Faisalabad) seeks match for daughter, 27, MBBS. Reply Box No. 4417, c/o this newspaper.",
        "Have the Sunday magazine dropped at your gate anywhere in Karachi at a special rate.",
        "Watch our reporters ask Saddar traders what they really think about {topic}",
        "Sponsored ▪ Naya housing scheme ▪ 5 Marla & 10 Marla files on qist, possession 2026 — Call 0321-5550193 📞",
        "Khabrein seedhi aap ke phone par by subscribing for WhatsApp alerts.",
    ],
    forms: &[
        "Tabsira likhiye — remarks are screened by staff first. Sectarian, ethnic or abusive posts get deleted.",
        "Type your name and an email we can reach you on before your remark can go live.",
        "Search classifieds: [Category ▾] [City ▾] [ Talaash ]",
        "Free stories allowed each month are finished and a digital plan is needed now.",
        "Namaz timings could not reach us for this location so choose a district manually.",
        "Cookies ka notice — used for ads & visitor counts. Continued browsing = consent. [Theek hai] [Tafseel]",
        "Poll: Should Punjab schools shut on Saturdays in the smog months? ○ Ji haan ○ Bilkul nahin ○ Keh nahin sakte → Vote",
        "Place your rishta advertisement at no cost for seven days after mobile verification.",
        "Score feed nahin mil saki… dobara koshish karein ↻",
        "Our dawn newsletter reaches your email before the hawker reaches your door.",
    ],
    navigation: &[
        "Home › Pakistan › Karachi › Local",
        "Front Page Editorial Business Sports Magazine Classifieds",
        "Lahore | Karachi | Islamabad | Hyderabad | Sukkur | Multan",
        "« Pichla | Agla safha »",
        "Upar jaayen",
        "Forward via WhatsApp or put it up on your Facebook wall",
        "اردو | English  🔍",
        "🕌 Namaz timings, Lahore: Fajr 5:42 · Zuhr 12:09 · Asr 3:31 · Maghrib 5:17 · Isha 6:41",
        "Further reading from our {city} pages",
        "Open e-paper",
    ],
    bylines: &[
        "Peshawar bureau report",
        "By {name} | Lahore edition, Page 3",
        "{city}: (APP) —",
        "{name} covers the provincial assembly and local government out of our Lahore office.",
        "Picture: Online — archive",
        "Adapted in English from a report first carried in Urdu.",
        "✉ {handle}@roznama-bazgasht.pk · X: @{handle}",
        "An older draft misspelt the surname of the deputy commissioner and we have fixed it.",
        "Story: {name}; {name2} contributed (Quetta)",
    ],
    headlines: &[
        "Twin cities to get gas only at cooking hours under winter rationing plan",
        "Sindh ministers clear fresh bus routes for Korangi and Orangi Town",
        "PCB names uncapped pacer in 16-member squad for Australia tour",
        "Atta costlier by twelve rupees in Multan as millers point to freight charges",
        "‘We were given no notice’: Anarkali vendors resist bulldozers",
        "Rain and snow likely across northern areas from Thursday: PMD",
        "SHC asks power utility to explain prolonged outages in Lyari",
        "Two arrested for bottling counterfeit ghee in Gujranwala raid",
    ],
    topics: &[
        "the petrol price hike",
        "the water tanker mafia",
        "the PSL players draft",
        "smog in Lahore",
        "property tax reforms",
    ],
    names: &[
        "Farhan Baloch",
        "Ayesha Siddiqui",
        "Tomasz Wierzbicki",
        "Mehreen Khattak",
        "Daniel Okafor",
    ],
    seed: 120,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a sports news site.
const TUNE_121: Templates = Templates {
    teasers: &[
        "⚽ LIVE NOW – tonight's {topic} clash, kick-by-kick on our blog",
        "Pick your XI before Friday's 11am deadline — Fantasy Gaffer costs nothing to enter and there's £25,000 up for grabs. Join now »",
        "RELATED: {headline}",
        "Results delivered by email: The Stoppage Time bulletin arrives every weeknight at 10pm.",
        "The new home shirt is here in the Club Store – pre-order with name & number printing from £84.99",
        "🎧 Back Post podcast: {name} and {name2} pick apart {topic}. Listen on Spotify or Apple Podcasts",
        "WATCH ▶ All the goals plus the VAR calls that mattered (4:12)",
        "Over-18s only · Struggling with betting? Free, confidential support is a phone call away · See the bookmaker for conditions. Prices may move before the teams are out.",
        "Download the MatchDay app: goal notifications, confirmed teams 60 mins early, and live radio commentary.",
        "Trending ▸ 1. {headline} 2. Deadline-day tracker 3. Ratings from the Etihad",
    ],
    forms: &[
        "Email address ▸  [Get the gossip]  Transfer rumours daily, no push spam. Over-16s only.",
        "Marks out of ten: who stood out tonight? ○ Keeper ○ Centre-back ○ Striker — Vote | See results",
        "Club, player or league…",
        "Scoreboard offline: the data feed dropped out. Try reloading shortly.",
        "You've hit the March limit on free reports. Upgrade to Premium: unlimited tactical breakdowns — £3.49 a month.",
        "Tracking notice: we and our advertising suppliers drop identifiers to tailor offers and count audiences. OK, fine | Tweak settings",
        "Comments are for registered readers – log on. Threads lock 48 hours post-match.",
        "Set your favourite team ★ to see their fixtures first",
        "Choose size ▾  |  Buy now  |  Free returns on replica shirts",
        "Your prediction: Home __ – __ Away. Submit before kick-off to earn double points.",
    ],
    navigation: &[
        "Sport / Football / Serie A / Report",
        "Scores & Fixtures | Tables | Results | Transfers | Women's | Fantasy | Shop",
        "Summary  Line-ups  Stats  Commentary  H2H",
        "◀ Previous matchday   Matchday 27   Next matchday ▶",
        "Share this goal: 📘 🐦 💬 🔗",
        "↑ Return to top",
        "Skip to match centre",
        "00:41 / 03:05  ▶  🔊  CC  ⛶",
        "MORE ON {topic}",
        "‹ 1 … 5 6 7 ›",
    ],
    bylines: &[
        "By {name} in {city} | Lead sports columnist",
        "{name} | @{handle} | Updated 22:41 BST",
        "Pictures: Offside via Getty",
        "Extra reporting: {name2}",
        "{name} covers {topic} and the Championship for us. Tweets as @{handle}",
        "Wrong scoreline or scorer? Tell our stats team, quoting match and minute.",
        "Words: {name} · Stats: Opta · Graphic: {name2}",
        "{city}, 3 March –",
        "Video: PA Media",
    ],
    headlines: &[
        "Title race tightens as leaders held by ten-man relegation strugglers",
        "Veteran keeper pens new deal after record clean-sheet season",
        "Cricket chiefs confirm day-night Test for next winter's home series",
        "Cycling's biggest race to end away from Paris in route shake-up",
        "Manager sacked after six straight defeats as board turns to caretaker",
        "Injury blow for title hopefuls as star winger faces three months out",
        "Rugby union: World Cup hosts name uncapped prop in 33-man squad",
        "Snooker world champion withdraws from Masters citing personal reasons",
    ],
    topics: &[
        "the north London derby",
        "the Champions League draw",
        "the January transfer window",
        "Saturday's basement showdown",
        "the Calcutta Cup match",
    ],
    names: &[
        "Callum Brennan",
        "Adaeze Okonkwo",
        "Mateus Ferreira",
        "Ingrid Solberg",
        "Ravi Chaudhry",
    ],
    seed: 121,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a ministry's and armed forces' press-release portal, at least half of each field as plain
/// sentences.
const TUNE_122: Templates = Templates {
    teasers: &[
        "The Defence Chief has set out the next steps of the {topic} review in a statement published this morning.",
        "► Download Annex B: Equipment Procurement Schedule 2024–25 (PDF, 1.7 MB)",
        "Sign up and we will email you every new notice from the department on the day it goes out.",
        "📡 RSS feed: all releases tagged “{topic}” →",
        "Related release: {headline}",
        "The whole operational update given at joint headquarters this afternoon can be viewed on our video channel.",
        "Further reading — Fact sheet No. 14/2024 on {topic} [PDF, 380 KB]",
        "Photos from the ceremony are available to accredited media in the departmental image library.",
        "More from the Minister's office: speeches, written answers & parliamentary statements »",
        "Follow the armed forces on social media for daily updates from units deployed overseas.",
    ],
    forms: &[
        "Type an email address below to get defence news releases delivered to you.",
        "Subscribe | Manage preferences | Unsubscribe",
        "Thank you. We have sent a confirmation link that must be opened before alerts can start.",
        "Look up a release by keyword, reference or date (YYYY-MM-DD):",
        "Filter by: ☐ Army ☐ Navy ☐ Air Force ☐ Joint Command ☐ Veterans",
        "Optional measurement cookies help the digital team see which statements people open. Choose whether to allow them and change your mind whenever you like.",
        "⚠ Annex failed to load. Refresh the page, or write to the media desk if it keeps happening.",
        "Media accreditation is required to access embargoed material. Your accreditation card number is needed to sign in.",
        "Did this release answer your question? 👍 / 👎 — Comments (up to 400 characters)",
        "No releases match {topic} in the selected period.",
    ],
    navigation: &[
        "Home › Spokesperson's Office › Announcements › 2024",
        "Jump to the release text",
        "← Older announcement | Newer announcement →",
        "Accessibility statement",
        "Share ↗ WhatsApp · LinkedIn · X · Print this page",
        "Back to all news releases",
        "Showing 41–50 (of 408 announcements) ‹ Back · 5 · 6 · 7 · Forward ›",
        "Defence news by service branch",
        "▲ Top",
        "Ministry Armed Forces Veterans Procurement Careers",
    ],
    bylines: &[
        "Release No. 2024/317 | Issued: 23 Oct 2024, 11:15 | Defence Media Operations",
        "Media contact: {name}, Senior Press Officer, +31 70 318 4406, press.office@defence.example.gov",
        "Photo by Corporal {name} of the army combat camera team.",
        "{name2} is the official spokesperson for the armed forces and took up the post in 2021. Before that she commanded a logistics regiment.",
        "Issued on behalf of the Joint Operations Command in {city}.",
        "Imagery: © Crown Copyright / Petty Officer {name2}",
        "Reporters needing comment at night or at weekends should ring the on call media officer using the number given above.",
        "Unofficial translation from the Ministry's Translation Bureau — where the two differ, the Dutch release is authoritative.",
    ],
    headlines: &[
        "Navy frigate returns to home port after seven months in the Gulf",
        "Minister announces new housing allowance for service families",
        "Reserve forces recruitment rises for third year running",
        "Army engineers complete bridge repairs in flood hit northern valley",
        "“We will not step back”: Defence Secretary on border patrol mission",
        "Air Force takes delivery of first two A400M transports – fleet review to follow",
        "Veterans’ pension backlog: 12,000 claims cleared since January",
        "UPDATE 2 — Joint exercise ‘Northern Shield’ postponed due to weather",
    ],
    topics: &[
        "military housing",
        "cyber defence",
        "veterans' welfare",
        "border security",
        "peacekeeping deployments",
    ],
    names: &[
        "Ingrid Solberg",
        "Kwame Asante",
        "Rafael Domínguez",
        "Aylin Demirci",
        "Tomasz Wójcik",
    ],
    seed: 122,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a lifestyle and travel magazine.
const TUNE_123: Templates = Templates {
    teasers: &[
        "SHOP THE EDIT: The linen shirt, woven tote and raffia slides {name} packed for {city} — all under £80 →",
        "Off somewhere soon? Browse our hand-picked {city} stays, from boutique guesthouses to clifftop villas.",
        "🌴 Our Hot List 2025 is here: 47 new hotels our editors actually slept in.",
        "Take the quiz: Which Mediterranean island matches your holiday personality?",
        "Each sandal, tote and sun hat here earned its place with our fashion team — buying via these links pays for part of our next road trip.",
        "Get the Weekend Escape letter — one destination, one itinerary, landing in your inbox each Friday.",
        "Created with our friends at Visit Azores",
        "As seen on Instagram: @{handle} swaps city life for a farmhouse in Puglia (swipe to see the whole tour)",
        "More from Travel: {headline}",
        "Members save up to 30% on selected {topic} breaks. Unlock rates",
    ],
    forms: &[
        "Check-in | Check-out | 2 adults, 1 room | Search hotels",
        "Leave your email for 10% off your first order from the Wanderlust Shop",
        "No thanks, I don't like free itineraries",
        "Prices were accurate at the time of publishing but may change. Sold out? Join the waitlist for size alerts.",
        "That's 3 down, 1 to go — free guides left this month: 1. Join for a pound each week and roam every city guide without limits.",
        "Question 4 of 8: Your ideal breakfast on holiday is… ☐ A pastry at a pavement café ☐ Room service ☐ Whatever the locals are eating",
        "We and 38 booking partners keep little data crumbs in your browser to shape the hotel offers you see. Choose settings | OK, got it",
        "Hmm — the rates for these dates are taking a while. Give it another go?",
        "Where to next? Search destinations, hotels or {topic}",
        "Add to bag",
    ],
    navigation: &[
        "Home › Travel › Europe › Portugal",
        "Destinations | Hotels | Food & Drink | Wellness | Style | Shop",
        "« Previous slide   6 / 24   Next slide »",
        "Pin it · Share · Save to trip board",
        "Top ⬆",
        "View as gallery",
        "TRAVEL GUIDES",
        "Page 2 / 12 ›",
        "Skip the gallery ↓",
    ],
    bylines: &[
        "Words by {name} · Photography by {name2}",
        "{name} is our contributing travel editor, dividing the year between {city} and a campervan somewhere in the Alps.",
        "Styling: {name2} | Hair & make-up: Inès Moreau with Charlotte Tilbury",
        "Image: The Lindenhof Hotel",
        "{name} was hosted by Riverside Retreats. Our editorial choices are always independent.",
        "Refreshed 14/03/2025 · 9.12am",
        "{name} shares every trip as @{handle}",
        "Think we misdescribed a room or a menu? Tell us at fixes@wanderlustmag.com",
        "Reporting assistance: {name2}",
    ],
    headlines: &[
        "Lisbon's dozen finest rooftop bars for sunset spritzes",
        "I tried a silent retreat in the Scottish Highlands — here's what happened",
        "Iceland in November is the new hot ticket — and here's why",
        "Meghan-approved: the £35 sandals selling out everywhere",
        "Inside the Tokyo ryokan with a six-month waiting list",
        "How to pack for a 10-day trip in a carry-on, according to a flight attendant",
        "These are the most Instagrammed beaches in Europe this summer",
        "A chef's guide to eating your way around Oaxaca",
    ],
    topics: &[
        "spa weekends",
        "city breaks",
        "Greek island hopping",
        "family ski holidays",
        "wine country escapes",
    ],
    names: &[
        "Chloé Bertrand",
        "Amara Okafor",
        "Kenji Watanabe",
        "Sofia Lindqvist",
        "Rafael Mendoza",
    ],
    seed: 123,
};

/// Twenty-ninth round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the sites a ceasefire monitor scrapes, as the held-out sets are, at least half of each
/// field as plain sentences.
const TUNE_124: Templates = Templates {
    teasers: &[
        "Our full verdict on the claims about {topic} sits on the verification page.",
        "▶ VIDEO: Villagers beside the buffer strip recall when the guns finally fell silent (3:42)",
        "No state money and no oligarch owners. This newsroom runs on small monthly gifts from its readers.",
        "The community paper relies on subscribers like you. Please consider renewing your membership this month.",
        "RELATED » {headline}",
        "The agency digest lands by seven, ahead of the opening press briefing. Sign up on our front page.",
        "📻 101.4 FM in the capital · English bulletins hourly on the mobile app",
        "TOP 3 TODAY → {headline} • Truce talks snag on detainee lists • Wheat prices climb across southern districts",
        "Forward any doubtful post about {topic} to the checkers through our tip line.",
        "Sponsored | Invest in the new Silk Road logistics corridor — download the brochure ↓",
    ],
    forms: &[
        "Received. A volunteer moderator checks every post by hand. Posts written in any language except English or Russian get removed.",
        "E-mail here*   [ Join ]",
        "Free investigations left: 2/5 — pledge a little monthly and the cap disappears →",
        "Cookies show us which investigations get read to the end. Withdraw that permission from the Consent Centre linked below.",
        "READER POLL — Ceasefire past March? ◯ Holds ◯ Breaks down ◯ No idea · 987 replies",
        "Find a dispatch by keyword or date…",
        "The interactive breaches tracker is being updated. It should be back online soon.",
        "Nickname* · Email (we won't show it)* · Home page",
        "Once logged in, you can pin stories to your shelf and receive a ping each time our desk writes about {topic}.",
        "Done. The Sunday community digest will reach you starting this weekend.",
    ],
    navigation: &[
        "Home › Verification › Conflict & Security",
        "Return to the top of this page.",
        "‹ Older wire item | Newer wire item ›",
        "Pass this fact check along on Facebook, Telegram or WhatsApp.",
        "Bypass the navigation links and begin reading.",
        "Page 3 / 9  ›",
        "Русский | Қазақша | English",
        "This article exists in Kazakh and Russian too.",
        "Chapter four of our reporting cycle about {topic}. Browse every chapter of the cycle.",
        "NEWS / REGION / {topic}",
    ],
    bylines: &[
        "By {name} and {name2} | {city}, 14:05 GMT+5",
        "{name} runs the investigative unit. Her reporting on trafficking at frontier crossings won a regional press award.",
        "Photograph: {name2} / Wire pool",
        "Translated from Kyrgyz by {name2}.",
        "Checked by {name} · Copy edit: {name2} · How our ratings work ↗",
        "Our {city} stringer assisted on this wire item.",
        "Anyone holding documents on this case can reach {name} through the secure tips page.",
        "Our ombudsman reviews all correction requests. Cite the disputed passage and include a source that contradicts it.",
        "{city} (Wire) —",
    ],
    headlines: &[
        "Herders in the high valleys tally dead livestock after the coldest winter anyone remembers",
        "Fact check: Convoy clip shared as new was recorded near Osh in 2020",
        "Diaspora choir celebrates three decades on stage with a sold out concert in {city}",
        "EXCLUSIVE: Leaked invoices show drone parts routed through three shell firms",
        "Regulator keeps base rate frozen at 14.25% despite a weaker som",
        "New rail link cuts travel time between the two capitals by half",
        "Monitors log 12 breaches overnight; each side blames the other for opening fire",
        "Teachers in mountain schools say heating funds never arrived",
    ],
    topics: &[
        "the ceasefire line",
        "prisoner exchanges",
        "river water quotas",
        "border demarcation",
        "displaced families",
    ],
    names: &[
        "Aigerim Tulegenova",
        "Davit Grigoryan",
        "Tomasz Wierzbicki",
        "Nadia Haddad",
        "Farrukh Nazarov",
    ],
    seed: 124,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets): a
/// live blog of a breaking event, at least half of each field as plain sentences.
const TUNE_125: Templates = Templates {
    teasers: &[
        "Everything else from today sits on our world news homepage.",
        "▶ VIDEO | Seen from above: how far the flooding spread across {city}",
        "Enable notifications from our app and each fresh post will pop up on your phone the moment we publish.",
        "Catch up ➜ {topic}, the five‑minute version",
        "Two of our reporters in the region take listener questions in a special podcast episode out tonight.",
        "📌 Earlier today: {headline}",
        "The full overnight story is available in a separate article.",
        "Reporting of this kind is expensive to produce. Back it with a single gift from €2 💙",
        "Subscribe to the nightly digest and a recap will reach you once this page stops updating.",
        "TRENDING ▸ {headline} ▸ Timeline: hour by hour ▸ Mapped: the affected districts",
    ],
    forms: &[
        "Automatic refreshing is enabled, meaning fresh entries appear above without reloading.",
        "Live auto‑update ◉ on ○ off",
        "Were you in {city} when it happened? Upload pictures, clips or a written account via the secure upload tool below.",
        "This social media embed failed to load. The original may have been removed, or a browser extension might be interfering.",
        "⟳ 3 fresh posts — tap to display",
        "Embedded material from a third party stays hidden until you allow its cookies in your privacy settings.",
        "We use these details solely to follow up on what you send. Name* · Email* · Phone (optional) · [Send]",
        "This is your final free live blog for the month. Unlimited reading comes with a subscription.",
        "Fetching earlier entries…",
        "The stream of posts cannot be reached right now. We are retrying in the background.",
    ],
    navigation: &[
        "Display highlights only",
        "Home › World › Live",
        "Go straight to the newest entry",
        "⟵ Newer posts | Older posts ⟶",
        "Send this entry to a friend or copy the link",
        "Filter: All posts · Key events · Pinned · Analysis",
        "Return to the start of the blog",
        "Play video 02:17 ⏸ 🔇 CC ⛶",
        "Show earlier entries",
        "Pg 3/9 • ⏮ • ‹ • › • ⏭",
    ],
    bylines: &[
        "{name} reports from {city}, with {name2} editing in London",
        "Last edited 16:48 BST · Blog opened 05:50 BST",
        "I am handing over now. {name2} will carry the coverage through the evening.",
        "— {name}, {city} bureau",
        "Material from Reuters, AP and AFP was used in this blog.",
        "Photo: {name}/EPA-EFE/Shutterstock",
        "We are pausing the blog here. Thank you for reading along.",
        "@{handle} · 9:41 AM · 2.3K reposts · 418 likes",
        "Edited by {name2}; translated from Polish by {name}",
    ],
    headlines: &[
        "Interest rates held steady again as price rises ease for the third month",
        "Rescuers search rubble for survivors after 6.1-magnitude quake hits coastal towns",
        "Long serving goalkeeper calls time after twenty seasons at one club",
        "‘We have nowhere else to go’: families priced out of city centres speak out",
        "Island nation votes to ban single use plastics from next year",
        "Tech giant fined $1.4bn over data transfers to US servers",
        "Farmers brace for a thin harvest as the dry spell drags into a second summer",
        "Opera house reopens after five-year, €300m restoration",
    ],
    topics: &[
        "the evacuation orders",
        "the Geneva mediation effort",
        "the rescue operation",
        "the power outages",
        "the emergency summit",
    ],
    names: &[
        "Ingrid Solberg",
        "Tomasz Wierzbicki",
        "Amara Nwosu",
        "Hiroshi Tanabe",
        "Lucía Ferreira",
    ],
    seed: 125,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets): a
/// regional business and trade-route newspaper.
const TUNE_126: Templates = Templates {
    teasers: &[
        "📦 Cotton, wheat, urea, LPG: this week’s wholesale rates from Multan, Fergana, Shymkent and Mazar — open the full Commodity Board »",
        "E-PAPER | The morning paper in facsimile — Almaty and Lahore editions, zoomable, clippable, searchable back to 2009.",
        "Exhibiting at Caspian AgroLogistics Expo 2025? Book a stand before 15 March and your company gets a half-page slot in our Trade Fair Special — free.",
        "ALSO READ: {headline}",
        "Corridor Brief: freight rates, border queues and {topic} news before 7 a.m., sent on WhatsApp. Join the channel 👉",
        "PARTNER CONTENT | The Bukhara yarn exporter that cut letter-of-credit delays from 21 days to 4",
        "Top 3 on the site since Monday — Torkham reopens for containers · Tenge slides past 520 · {headline}",
        "▶ Caravan Talk audio, episode 112: {name} on why rail cargo via Aktau keeps growing (28 min)",
        "Tender Alerts: new procurement notices in {topic}, mailed before markets open, Rs 1,500 monthly. Try seven days without charge",
        "Live rupee, tenge, som and taka rates in your pocket — install our mobile app (Android / iPhone)",
    ],
    forms: &[
        "Currency converter  Amount [ 1000 ]  From [ USD ▾ ]  To [ UZS ▾ ]  CONVERT",
        "Rates temporarily unavailable — feed last synced 11:17 PKT. Tap ⟳ or check back shortly.",
        "Free-article quota reached (4/5 in November). Read on for Rs 349 a month or 3 990 ₸ — cancel anytime.",
        "Received. Remarks are published after a check by the markets editor, usually within the trading day. English, Urdu, Russian and Uzbek welcome; no links to price lists, please.",
        "Search tenders by ministry, province, item or closing date…",
        "This site keeps cookies so it recalls your chosen currency and edition (Pakistan / Central Asia). Got it | Preferences",
        "READERS’ POLL — Trans-Caspian cargo will overtake the northern rail route by 2027. ○ Yes, likely ○ No chance ○ Can’t tell  [Vote →]",
        "Bid document (PDF, 38 pp.) is for registered bidders — please sign in. No account? Register with your company NTN or BIN.",
        "Work email* · Company · Country ▾ — Subscribe me to the Friday {topic} bulletin",
        "Error: no e-paper found for the selected date. The archive covers 2009 onward.",
    ],
    navigation: &[
        "Home › Markets › Commodities › Cotton",
        "Business | Trade Routes | Energy | Agri | Banking | Tenders | E-Paper | Fairs & Expos",
        "« 1 2 3 … 14 »",
        "Forward this: Telegram / LinkedIn / WhatsApp / VK / 🔗",
        "Edition: Islamabad | Almaty | Tashkent | Dhaka",
        "▲ TOP",
        "Page A7  ▸ Zoom +/–  ▸ Download page  ▸ Clip & share",
        "ТЕНДЕРЫ / TENDERS",
        "Skip to market data",
        "ENG | РУС | ЎЗБ | اردو",
    ],
    bylines: &[
        "By {name} | Tashkent Bureau | Updated 14:05 UZT",
        "{city}: Staff Reporter",
        "Disclaimer: This is a company press release. The newspaper bears no editorial responsibility for its content and does not vouch for the figures quoted.",
        "{name} covers freight, customs and {topic} from Almaty. Write to {handle}@steppeledger.asia",
        "Photo: {name2} — Trucks queue at the Khorgos dry port",
        "Translated from Russian by {name2}. Bishkek input: {name}.",
        "Published in the print edition of 12 November, page 9 (Commerce).",
        "Is a price-table figure wrong? Email the markets desk with the date and commodity; corrections run within 24 hours.",
        "— Agency inputs: Kazinform, APP, UzA",
    ],
    headlines: &[
        "Kazakhstan lifts wheat export quota as Afghan millers pay premium",
        "Karachi port handles record 1.2m TEU, but demurrage complaints mount",
        "Bangladeshi apparel exporters eye cheaper freight on Chittagong–Kunming link",
        "Uzbek copper giant plans debut Eurobond; bankers see $500m deal in spring",
        "TAPI partners sign yet another timeline for Turkmen gas to Pakistan",
        "Kyrgyz gold miners hit by power rationing as winter bites",
        "Tea auction: Colombo firm, Mombasa soft; Lahore blenders weigh their options",
        "Why Tajikistan’s aluminium smelter is betting on green hydrogen",
    ],
    topics: &[
        "cotton exports",
        "rail freight",
        "cement and steel",
        "dry ports",
        "remittances",
    ],
    names: &[
        "Aigerim Seitkali",
        "Farrukh Tashpulatov",
        "Tahmina Akter",
        "Imran Chaudhry",
        "Oleg Fedorchuk",
    ],
    seed: 126,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// newsletter and blogging platforms, at least half of each field as plain sentences.
const TUNE_127: Templates = Templates {
    teasers: &[
        "Liked this one? Then try the piece I wrote last spring about {topic}.",
        "Supporters on the paid plan can browse six years of past letters, hear the monthly audio edition and join our quarterly reader call.",
        "Refer three friends and you get one month of the paid tier for free. Your personal link is printed in the footer of each email.",
        "More from {name} on {topic}",
        "Reading this newsletter is free but making it is not. A paid subscription is the best way to keep it going.",
        "📚 From the vault: “{headline}” — our most-opened letter of 2023",
        "Read next → {headline} · 7 min read",
        "✦ Leaderboard: you're 2 referrals away from the signed zine. Grab your link ↓",
        "🎧 Prefer to listen? {name2} reads this issue aloud (14:32)",
        "Recommended by {name}: “{headline}” + 3 more newsletters worth a spot in your inbox",
    ],
    forms: &[
        "You have used up your free member stories for this month. Upgrade your account to read the remaining paragraphs.",
        "The remainder of this letter is only available on the paid plan",
        "Want the whole thing? Try the paid tier free for a week and stop anytime.",
        "Replies here are open to supporters on the paid plan only.",
        "We had trouble fetching responses. Please reload the page.",
        "you@example.com",
        "💬 47 Comments · Sort by: Top ▾",
        "✔ Almost there! We sent a confirmation email — it stays valid for 24 hours.",
        "Choose your tier: $6/mo · $60/yr · Founding patron $150/yr",
        "✓ Highlighted — view all under Your library › Highlights",
    ],
    navigation: &[
        "Home Archive About Notes Podcast",
        "Share this issue",
        "Read it in the app",
        "Back to the publication home page",
        "Previous issue Next issue",
        "👏 1.2K   💬 38   🔖 Save   ↗ Share",
        "← Newer entries | Earlier entries →",
        "Listen · Share · More ⋯",
        "Sections: Essays / Interviews / Dispatches / {topic}",
        "↑ Scroll up",
    ],
    bylines: &[
        "{name} writes about {topic} from a small apartment in {city}. She has mailed this letter out on Sundays since 2019.",
        "Written by {name}",
        "Follow {name} so you hear about new stories as soon as they appear.",
        "Cover illustration for this issue by {name2}.",
        "{name2} edited this essay. Any mistakes that remain are mine alone.",
        "{name} · Follow · 11 min read · 3d ago",
        "✍️ {name} | {city} | Top writer in {topic}",
        "Caught a mistake or got a tip? Just answer this email or ping @{handle} 📩",
        "PT → EN by {name2} · original version linked below",
    ],
    headlines: &[
        "I Left Accounting for Mushroom Farming and Nobody Warned Me About the Spores",
        "Why Every Small Town Library Should Lend Out Fishing Rods",
        "How Indie Record Labels Lost the Middle Ground Without Anyone Noticing",
        "What My Grandmother Knew About Money That Economists Still Miss",
        "Stop Optimizing Your Mornings: A Case for Boring Routines",
        "10 Lessons From Writing 500 Newsletters (#7 Surprised Me)",
        "The $40 Camera That Changed How I See My Neighborhood",
        "Is Remote Work Killing the Office Lunch? Yes — and That’s Fine",
    ],
    topics: &[
        "urban gardening",
        "personal finance",
        "indie publishing",
        "climate policy",
        "distance running",
    ],
    names: &[
        "Marisol Ferreira",
        "Tomasz Wielgosz",
        "Adaeze Okonkwo",
        "Hiroshi Tanabe",
        "Lena Brandvold",
    ],
    seed: 127,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// an independent fact-checking site.
const TUNE_128: Templates = Templates {
    teasers: &[
        "➜ Accurate · Mostly Accurate · Missing Context · Misleading · False · Fabricated — what each of our six ratings actually means.",
        "Got a forwarded message about {topic} you're unsure of? WhatsApp it to +44 7700 900412 — a checker reads every tip.",
        "RELATED CHECK: {headline}",
        "The Weekly Verdict lands Friday mornings: a week's rated claims, no spin. Subscribe (no charge) →",
        "Zero euros from parties, candidates or campaigns — ever. Our members fund this work, starting at €4 monthly.",
        "🎧 Half-True Hour, ep. 84: {name} follows a doctored clip out of {city} as it hops across 11 countries in two days.",
        "More checks on {topic}",
        "Sponsored | Could you tell a manipulated photo from a real one? SourceSleuth's free course covers reverse image search in six bite-size lessons.",
        "Most checked lately: ① The “banned pesticide” video ② Ballot drop-box photos ③ {headline}",
        "Shared something we later rated? ClaimWatch notifies you as soon as its verdict drops. iPhone & Android.",
    ],
    forms: &[
        "Rate our verdict: 👍 Useful   👎 Not useful",
        "Thanks! Your rating was recorded. Want to tell us what we missed? (optional)",
        "Nominate a statement for us to investigate. Link (or short description): ____ Spotted on: ☐ Facebook ☐ TikTok ☐ Telegram ☐ YouTube ☐ Elsewhere",
        "Your email (used solely to contact you about this submission)",
        "Was this verdict fair? Yes / Partly / No — 2,418 responses",
        "With your OK, we log which verdicts get shared widely. We don't sell the numbers to anyone. Accept all | Necessary only | Manage",
        "⚠ Claims archive temporarily offline. Our database search still works.",
        "Search 14k rated statements (speaker, keyword, year)",
        "Upload failed — accepted formats JPG, PNG, MP4 (max 25 MB).",
        "Disagree with our rating? Flag it here. Each flag goes to an editor who did not work on the original.",
    ],
    navigation: &[
        "Home › Verdicts › Health › {topic}",
        "Verdicts | Explainers | Tip line | How we work | Our funding | About",
        "« Older checks   3 / 212   Newer checks »",
        "Skip to verdict",
        "Share verdict ▸ Bluesky / Threads / Email / 🔗",
        "Show: All ratings ▾",
        "▲ Top",
        "EXPLAINER",
        "On this page: The statement · Our findings · Rating · Sources",
        "English | Español | Français",
    ],
    bylines: &[
        "By {name} | Fact-checker, {city} desk",
        "Reviewed by {name2}, senior editor. Posted 27.02.2025 · Revised 28.02.2025 after the ministry responded.",
        "{name} covers health misinformation and is a former pharmacist. DM @{handle}, or message her on Signal — it's listed under Tips.",
        "Screenshot via X. We have stamped the image “FALSE” to stop it being recirculated.",
        "Portuguese → English: {name2}.",
        "Additional research by {name} and {name2}",
        "Mistake? standards@verdictdesk.org — quote the sentence you dispute.",
        "Disclosure: The Lindqvist Open Information Fund supports our health-claims desk. Funders cannot influence which claims we pick or what rating they get.",
        "{city} — Verdict Desk staff",
    ],
    headlines: &[
        "No, the 1998 photo of flooded Venice is not from last week's storm",
        "Viral claim that Ohio tap water contains ‘fentanyl residue’ is false",
        "Did the senator really vote 43 times against veterans' health care?",
        "Misleading: Crime chart compares two different years",
        "Why the 'lunar eclipse triggers earthquakes' theory keeps coming back",
        "That shark on a flooded highway is from a 2011 movie trailer",
        "Campaign ad's minimum wage figure ignores inflation, economists say",
        "We checked 312 claims from Tuesday's debate. Here's what we found",
    ],
    topics: &[
        "vaccine safety",
        "election results",
        "climate data",
        "immigration statistics",
        "deepfake audio",
    ],
    names: &[
        "Ingrid Solbakken",
        "Tunde Okafor",
        "Mariana Quispe",
        "Hiroshi Tanabe",
        "Leila Haddad",
    ],
    seed: 128,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a humanitarian situation-report portal, at least half of each field as plain sentences.
const TUNE_129: Templates = Templates {
    teasers: &[
        "📄 Télécharger / Download ⤓ 2.3 Mo, PDF — EN · FR",
        "Read the newest flash update issued by the cluster coordinators in the field",
        "Open the district dashboard to see displacement figures week by week",
        "→ Related content: {headline}",
        "Infographic: Humanitarian Snapshot, {topic} (as of 14 March) [PNG, 620 KB]",
        "Arabic and Spanish copies sit under the attachments tab",
        "Donate to the country pooled fund and help partners reach families before the rainy season",
        "Most viewed this week ▸ {headline}",
        "Hear the field podcast taped with relief staff along the northern corridor",
        "🗺️ Reference map + shapefiles for {topic} — open on the data portal ↗",
    ],
    forms: &[
        "Your email* ____ | Send me: Daily digest ▾ | Subscribe",
        "Pick one or more countries or disasters before you save these alert settings",
        "Documents marked for partners only open once you log in through your agency account",
        "Search sitreps, maps, datasets… 🔍",
        "Narrow results: Source ▾ Format ▾ Theme ▾ Date ▾ — Clear filters",
        "This portal stores cookies to see which documents people download. OK | Preferences",
        "Thanks, your alert sign up stays pending until you answer the verification note we mailed you",
        "Was this update useful to you",
        "Error 503 – map viewer unavailable, layer did not draw. Reload shortly.",
        "Organisations can send their own updates for republication using the partner contribution form",
    ],
    navigation: &[
        "Home › Countries › Updates › Situation Reports",
        "Updates Analysis Maps Infographics Datasets Disasters Organizations",
        "« Older update | Newer update »",
        "Page 2 / 37",
        "Share: ✉ Mail · Facebook · LinkedIn · WhatsApp · 🔗",
        "Skip to main content",
        "Back to the country overview",
        "Primary country Secondary countries Source Format Theme Disaster type Language",
        "▲ Top",
        "View all reports for this emergency",
    ],
    bylines: &[
        "Source: {name}, reporting officer, subregional hub, {city}",
        "Compiled by the humanitarian coordination office from sector lead submissions",
        "Posted 17 Sep 2024 · First issued 16 Sep 2024",
        "Format: Sitrep · Lang: English · Themes: Nutrition, WASH, Shelter",
        "Photo: {name2}/UNICEF — Families line up for water vouchers at a camp in {city}.",
        "Queries on this update should be directed to the advocacy desk at the country office",
        "Contact: {handle}@sitrep-desk.org | +254 20 555 0193",
        "Volunteers of the information management team translated this text, first written in French",
        "Map made by the field mapping unit using figures shared by cluster partners",
    ],
    headlines: &[
        "Sudden floods force thousands from river valley as roads wash out",
        "Measles jabs delivered to highland villages cut off since the landslides",
        "Drought Response Plan 2025: Funding Gap Widens to $412 Million",
        "Locust outbreak threatens harvest across three border provinces",
        "Cyclone Ilesh: Sitrep #7 (data as of 3 February)",
        "Schools reopen in camps after months of closures",
        "Cholera cases up 40% in {city} — WHO urges rapid scale-up",
        "Port blockade sends wheat prices soaring, aid agencies warn",
    ],
    topics: &[
        "cholera response",
        "flood displacement",
        "food insecurity",
        "winterization",
        "mine action",
    ],
    names: &[
        "Amara Okonkwo",
        "Tomasz Wielgosz",
        "Leilani Kahale",
        "Rashid Noorzai",
        "Ines Carvalho",
    ],
    seed: 129,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a defence and security affairs magazine.
const TUNE_130: Templates = Templates {
    teasers: &[
        "▶ ANALYSIS: Why the next procurement cycle for {topic} could slip to 2031 — read our deep dive",
        "Unlock the complete ORBAT tables and contract annexes — Pro access is £1 for 30 days, then £19.99 monthly.",
        "{name} headlines our Maritime Security Forum in {city}, 14–16 October, alongside 40+ flag officers and industry chiefs. Early-bird delegate passes close Friday.",
        "Listen: The Threat Brief, ep. 212 — {name2} on drones, decoys and the cost curve 🎧",
        "RELATED | {headline}",
        "Get the Monday Sitrep — five essential reads on {topic}, landing ahead of the 0800 briefing.",
        "Promoted — In association with a prime contractor: How modular open architectures trim through-life sustainment bills",
        "Previously in the magazine: our 2019 interview with a former chief of the defence staff",
        "📍 Exhibiting at the land warfare expo? Come and meet the editorial team at stand H4-210.",
        "Now hiring: Senior Programme Manager, Air C2 (SC clearance, {city}) — see all roles on our careers board →",
    ],
    forms: &[
        "Meter: 2/3 complimentary briefings used this calendar month. A no-cost account (work address required) unlocks one more full story.",
        "Pro subscribers only. Already have access via your ministry or company? Use your organisation’s SSO button below.",
        "Work email*",
        "I am: ☐ Serving personnel ☐ Civil servant ☐ Defence industry ☐ Researcher ☐ Journalist",
        "QUICK POLL ▸ Ought allied nations to pool ammunition orders for {topic}? ○ Absolutely ○ Not yet ○ Via NATO procurement bodies alone [Cast vote]",
        "Our cookies personalise briefings and tell us which conference pages get traction. Agree & close | Customise choices",
        "Search briefings, programmes, contractors…",
        "Sorry — job listings failed to load (error 503). Hit refresh shortly.",
        "A duty editor vets every contribution prior to publishing. Be courteous, and never post anything operationally sensitive — OPSEC applies here too.",
        "Request a group licence quote for your department — Name, Rank/Title, Phone, Number of seats [Submit]",
    ],
    navigation: &[
        "Home › Land › Armour & Fires",
        "News | Analysis | Air | Maritime | Cyber & EW | Space | Events | Jobs | Subscribe",
        "Skip navigation",
        "« Older   |   Newer »",
        "Page 2 / 4",
        "🔗 Copy link · X · LinkedIn · Signal · ✉ · 🖨",
        "⬆ Up",
        "GEOPOLITICS",
        "▶ 01:12 ━━━━○──── -02:35  🔇  Captions  ⤢",
    ],
    bylines: &[
        "By {name}, Defence Industry Correspondent",
        "{name} | {city} | Updated 09:32 BST",
        "{name2} served 18 years in the Royal Navy and now researches undersea cables and pipelines at a London think tank. Her handle is @{handle}.",
        "Picture: MoD / Crown Copyright 2024",
        "{name2} contributed from {city}.",
        "Imagery analysis: {name}; satellite image courtesy of a commercial provider.",
        "Factual query about this piece? Contact the readers’ editor, citing headline and date.",
        "Reporting: {name} · Edited by {name2}",
    ],
    headlines: &[
        "Coast guard orders six patrol cutters in fast-tracked deal",
        "Parliament committee warns of skills gap in nuclear submarine workforce",
        "Army trials hydrogen-powered generators at forward operating base",
        "Ransomware gang claims breach of logistics supplier to three air forces",
        "Baltic states agree joint purchase of long-range air defence radars",
        "Satellite start-up wins contract for tactical imaging constellation",
        "Veterans charity calls for review of overseas service pension rules",
        "Shipyard strike delays frigate float-out by four months",
    ],
    topics: &[
        "counter-drone systems",
        "artillery shells",
        "Arctic surveillance",
        "military space launches",
        "border security",
    ],
    names: &[
        "Katarzyna Wolska",
        "Oluwaseun Adeyemi",
        "Hiroshi Tanabe",
        "Mariana Cortés",
        "Finlay MacDonald",
    ],
    seed: 130,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a regional television station's news site, at least half of each field as plain sentences.
const TUNE_131: Templates = Templates {
    teasers: &[
        "▶ Watch the full report: {headline}",
        "Reporter {name2} and photographer {name} spent the afternoon at the scene and their complete piece plays above.",
        "LIVE NOW 🔴 Channel 11 Evening Edition — tap to launch the KTRV+ app",
        "Get the SkyWatch 11 app on your phone so severe weather warnings reach you the moment our meteorologists issue them.",
        "RELATED | {headline}",
        "Tell the Channel 11 assignment desk what you are seeing with {topic} because your tip could become our next story.",
        "📺 Catch {name} weeknights at 5, 6 & 11 on KTRV News 11",
        "Every KTRV newscast streams to your smart TV once you add our station from the Roku or Fire TV store.",
        "MORE COVERAGE: Traffic cams → | Closings & delays → | Live Doppler →",
        "Wake up with the Morning Drive email from Monday to Friday for the overnight headlines, the commute outlook and the forecast.",
    ],
    forms: &[
        "Type in your postal code and we will show the forecast for your neighborhood through midnight.",
        "⚠️ Channel 11's live feed isn't responding. Hit reload — master control has been notified.",
        "This clip would not start so wait a little while and press play again.",
        "Share your weather photos 📷 Name* | Email* | Town | Upload image (max 10 MB) [Send to KTRV]",
        "Our traffic map is pulling in new crash reports from the highway patrol and should reappear soon.",
        "11 WANTS TO KNOW: Should the county add five days to the school calendar? ○ Yep ○ Nope ○ It depends — Cast vote / Current numbers",
        "When you press Continue, KTRV and its advertising vendors may save tracking data that helps tailor commercials and count stream viewers.",
        "Viewer comments need a KTRV login → Sign in | Register",
        "Allow alerts from KTRV News 11 and we will ping this browser when big stories break.",
        "Search KTRV… 🔍",
    ],
    navigation: &[
        "KTRV › Newscenter › Around the Valley › {topic}",
        "Top ↑",
        "▶ ❚❚ 🔊 Captions ⛶  1:38 / 4:21",
        "Post this story to Facebook or email it to someone you know.",
        "Latest | Forecast | Commute | Sports | 11 Investigates | Community | Watch Live",
        "Skip navigation",
        "« Earlier headline   |   Following headline »",
        "The next clip begins playing in five seconds.",
        "Head back to the Channel 11 video library.",
        "Keep scrolling for additional Channel 11 headlines.",
    ],
    bylines: &[
        "By {name}, KTRV News 11 | Published 6:48 PM CDT Mar. 3",
        "{name} anchors the evening newscasts on Channel 11 and worked as our capitol bureau chief before moving to the anchor desk.",
        "Viewer footage shared with KTRV by someone who asked that we not use their name.",
        "Photojournalist: {name2} 🎥",
        "{name} and {name2} gathered the details and the overnight digital producer put together this web version.",
        "Updated: 11:20 PM EST — Posted: 9:07 PM EST",
        "Meteorologist {name} | @{handle} | Chief Meteorologist, SkyWatch 11",
        "Please tell the Channel 11 news desk about any factual problem in this article and a producer will take a look.",
        "Details from state troopers and the county sheriff were included in this report.",
    ],
    headlines: &[
        "Ruptured pipe floods two lanes of Route 9 near the fairgrounds",
        "‘Nothing left but the slab’: Family rebuilds after tornado tears through Pine Hollow",
        "Crews battle brush fire that has scorched 300 acres east of {city}",
        "Trustees agree to later bell times for middle schoolers beginning in August",
        "UPDATE: Missing teen found safe, deputies say",
        "Local bakery marks fifty years with free doughnuts for first responders",
        "Weather Impact Day: Ice storm could knock out power Thursday night",
        "Driver arrested after police pursuit ends in crash on interstate overpass",
    ],
    topics: &[
        "the ice storm",
        "road construction",
        "the landfill expansion",
        "school closings",
        "the sheriff election",
    ],
    names: &[
        "Darnell Whitaker",
        "Priya Ramaswamy",
        "Tomasz Kowalczyk",
        "Lucía Ferreira",
        "Kenji Hayashi",
    ],
    seed: 131,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a university student newspaper on a free blogging theme.
const TUNE_132: Templates = Templates {
    teasers: &[
        "Like writing? Shooting photos? Arguing about commas? The Lantern is hiring — drop by Room 214 in Kessler Hall any Tuesday at 6 p.m. No experience needed.",
        "📰 This week's print edition (Vol. 58, Issue 11) → flip through it here (PDF, 18 MB) or pick one up at the newsstands by the library stairs.",
        "ALSO IN THIS ISSUE: New meal-plan caps at Fenwick Commons, a review of the spring musical, and why the campus shuttle is always late.",
        "Read more from our {topic} coverage →",
        "Want {topic} news before your 8 a.m.? Get Lantern Lite, a roundup we send out every Monday at dawn — costs nothing, run by students, easy to cancel.",
        "Printing 4,000 copies a week costs real money. A one-time $10 gift keeps our (very old) press running and our writers fed. ☕",
        "🎧 New “Off the Quad” (ep. 23): two editors, one microphone, forty minutes on {topic}. Find it on SoundCloud.",
        "Related: {headline}",
        "Heard a rumor in the dorms? Tell us. Tips go straight to tips@thelanternonline.org and stay confidential — or slide into our Instagram DMs.",
        "From the archives (1994): When students occupied the admin building over tuition hikes",
    ],
    forms: &[
        "Leave a Comment",
        "We keep your email private. Our opinion desk screens each comment manually; expect a delay of a day or two.",
        "Your name*   Address (kept private)*   Your site (optional)",
        "☐ Let me know by email if anyone answers my comment",
        "WEEKLY POLL: Should Gorman Library stay open all night during finals? ◯ Yes ◯ No ◯ I basically live there already  [Cast ballot]  | Current standings",
        "Loading poll…",
        "Search this site … 🔍",
        "Follow The Lantern by email — get each new story delivered the moment it's posted. 1,247 readers already do.",
        "Spam filtering by Akismet. Read how comment data gets handled.",
        "Oops! We could not locate your form.",
    ],
    navigation: &[
        "Home / Campus News / {topic}",
        "Campus | City | Opinion | A&E | Sports | Multimedia | Print Archive | Contact",
        "‹ Previous in Campus  |  Up next in Campus ›",
        "SHARE ➜ Tumblr · Pinterest · X · FB · 🔗",
        "Tags: ASUN, budget, faculty senate, {topic}, tuition",
        "Posted in Campus News, Front Page | 3 Comments",
        "Skip navigation",
        "Page: 1 | 2 | Next ›",
        "▲ Top of page",
    ],
    bylines: &[
        "By {name}, Staff Writer",
        "{name} is a sophomore studying economics and serves as deputy campus editor. She can be reached at {handle}@thelanternonline.org.",
        "Photo by {name2} / The Lantern",
        "{name} | Feb. 8, 2024 | 11:52 pm | Campus",
        "CORRECTION (2/9): The student body vice president's surname was misspelled in the original version. We've updated it.",
        "{name} and {name2} contributed reporting.",
        "Graphic courtesy of {name2}, Design Editor",
        "Opinions expressed in columns are those of the author and do not necessarily reflect the views of the editorial board.",
        "Follow {name} on Twitter @{handle}",
    ],
    headlines: &[
        "Men's rugby falls in double overtime, ending playoff hopes",
        "Parking services to hike permit prices 12% starting in August",
        "Review: ‘The Crucible’ at Hartley Theatre is haunting, if a little long",
        "Student Senate rejects bid to pull endowment out of fossil fuels",
        "Geology professor awarded $1.2 million grant to study Antarctic ice cores",
        "Letter to the editor: Stop cutting the humanities",
        "Five places to study off campus that aren't Starbucks",
        "Residence hall evacuated after burnt popcorn sets off fire alarms — again",
    ],
    topics: &[
        "student government",
        "tuition and fees",
        "campus housing",
        "Greek life",
        "the arts",
    ],
    names: &[
        "Priya Ramaswamy",
        "Jonah Kettleman",
        "Adaeze Okonkwo",
        "Mateo Villanueva",
        "Hana Takahashi",
    ],
    seed: 132,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the sites a monitor scrapes in South and Central Asia, each line from any one.
const TUNE_133: Templates = Templates {
    teasers: &[
        "ALSO READ: {headline}",
        "Watch: LoC villagers repair community bunkers as {topic} hangs in the balance — video report ▶ 4:12",
        "Kabul to Colombo, read over your morning chai ☕ The Subcontinent Brief arrives daily at 7 — free sign-up.",
        "📲 Fact-checked alerts on {topic} now on WhatsApp — 48,000 readers already in. Join →",
        "Also available in: اردو · বাংলা · हिंदी",
        "Sponsored | Furnished studios in Dubai Marina from AED 650,000 — Lahore & Karachi roadshows this weekend",
        "🎧 Border Lines, episode 42: {name} on why Neelum valley families still sleep near their bunkers. Available on JioSaavn and Apple Podcasts.",
        "Sending reporters into Waziristan is expensive. Fund the next trip from Rs 299/mo — backers skip the ads and receive our Sunday dossier.",
        "Trending now → {headline} | Diesel up Rs 7.5 a litre from Monday | Kabul–Dushanbe flights back after nine days",
        "Tap for every story we've filed on {topic} →",
    ],
    forms: &[
        "Shukriya! Posts show up after an editor clears them. Roman Urdu, Hindi and Bangla are fine; slurs get binned.",
        "Type your cell number (03XX) and we'll text you when something major happens on the border — network tariffs apply",
        "Only one unlocked story left in March. Create an account or pick an e-subscription to carry on.",
        "This portal uses cookies in line with the IT Rules, 2021. [I agree] [Cookie settings]",
        "🗳 Reader pulse: should the LoC trade crossing at Chakan-da-Bagh reopen? Haan / Nahin / Malum nahin — Submit",
        "Browse the print archive: pick a day from the calendar 📅",
        "Wrong security code — enter the characters again.",
        "Comment thread unavailable — server returned 503. Try again shortly.",
        "Naam* | E-mail* (private) | Submit remark",
        "Order a print of this image — A4 Rs 1,850 · Put in cart 🛒",
    ],
    navigation: &[
        "Home » National » Khyber Pakhtunkhwa",
        "Home › Region › Af-Pak › Kunar",
        "◀ Older | Newer ▶",
        "Share this → WA | FB | 𝕏 | TG | ✉ | 🖨",
        "Article ↓ | Digital Edition | Watch Live | اردو",
        "Page 2 of 6 — older stories →",
        "↑ Top of page",
        "▶ 1:52 / 6:09  🔈  Subtitles  1080p  ⤢",
        "Latest · Pakistan · India · Afghanistan · Central Asia · Opinion · Sport · Videos",
        "Text size ⊖ ⊕",
    ],
    bylines: &[
        "By {name} · {city} · Last modified: 27 Sept, 21:05 IST",
        "{city}, Feb 18 (Correspondent):",
        "{name} covers conflict and human rights from Srinagar; DMs open on X: @{handle}",
        "Picture courtesy {name2} | Frontier Chronicle",
        "Dari translation: {name}. On-the-ground help: {name2} (Peshawar).",
        "— Compiled with wire inputs",
        "Something wrong here? The readers' desk answers at accuracy@frontierchronicle.pk — please paste the link.",
        "Appeared on page 3 of Saturday's Lahore edition",
        "— Our Correspondent, Quetta",
    ],
    headlines: &[
        "Tashkent to host regional water-sharing summit as Amu Darya levels fall",
        "Sri Lanka's tea exports climb to highest since 2019 on Iran, Russia buying",
        "Dhaka metro rail extends operating hours for Ramadan",
        "Nepal Airlines grounds two aircraft after bird strike at Pokhara",
        "Kazakh court jails former mayor for nine years in land graft case",
        "Afghanistan stun hosts by six wickets in Sharjah thriller",
        "Gold price in Karachi climbs Rs 2,100 per tola",
        "Bhutan opens second entry gate at Gelephu for regional tourists",
    ],
    topics: &[
        "the LoC ceasefire",
        "Poonch sector firing",
        "the Doha process",
        "Kashmir talks",
        "border crossing reopenings",
    ],
    names: &[
        "Farzana Qadri",
        "Rustam Nazarov",
        "Anjali Verghese",
        "Obaidullah Wardak",
        "Dilnoza Yusupbekova",
    ],
    seed: 133,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a cricket news and live-scores site, at least half of each field as plain sentences.
const TUNE_134: Templates = Templates {
    teasers: &[
        "Pick your captain and vice captain before the toss to lock in double points for tonight.",
        "🏏 Fantasy XI open for {topic} — pick 11 in seconds, no fee, ₹25 lakh pot »",
        "Our cricket podcast picks apart every session of the Test, with a fresh instalment landing this evening.",
        "READ MORE: {headline}",
        "Install our scores app for instant wicket alerts and toss news.",
        "Sponsored | Boosted price on top batter market. Adults only • Set deposit limits • Full terms at partner site",
        "See every wicket from the second innings in our extended highlights package.",
        "Popular ▸ {headline} ▸ Pink ball keeps hooping under lights ▸ Auction purse tracker",
        "Subscribers enjoy scorecards without adverts and read our pitch reports a day early.",
        "📺 Video: {name} talks through that last-over finish — “I just backed my yorker” (2:41)",
    ],
    forms: &[
        "Give us your inbox address and overnight results will reach you by breakfast.",
        "Who will top-score in the chase? ○ Openers ○ Middle order ○ Tail — Vote ▸ 12,408 fans voted",
        "Every complimentary match report for June is gone. Take out a subscription to read on.",
        "Live scores couldn't be loaded — tap ↻ and we will fetch them again.",
        "Cookies on this site shape fantasy tips, odds and adverts. [Allow] [Reject] [Customise]",
        "Sign in so your fantasy squad is saved, then start a private league with mates.",
        "Search players, teams, series…",
        "Please confirm you are over eighteen and located in a region where betting is permitted.",
        "Comments (214) — Log in to comment. Abuse aimed at players or umpires gets deleted.",
        "Your prediction is locked in. Winners are named once the final ball has been bowled.",
    ],
    navigation: &[
        "Home › Cricket › {topic} › Scorecard",
        "Live | Scorecard | Commentary | Stats | Squads | Table",
        "Go back to the match centre for live commentary and the complete card.",
        "« Previous over   Next over »",
        "Jump to the current over.",
        "Share: WhatsApp · X · Telegram · 🔗",
        "Fixtures and results appear first, with the points table for each group underneath.",
        "‹ Prev · 2 of 7 overs pages · More ›",
        "Scroll up for the innings summary and fall of wickets.",
        "Choose a series from the dropdown to see its upcoming fixtures.",
    ],
    bylines: &[
        "By {name}, Senior Cricket Writer",
        "{name} in {city}; {name2} contributed.",
        "Photographs supplied by the media office of the home board.",
        "We updated this story after stumps with quotes from both captains.",
        "{name} covers domestic and international cricket and has attended four World Cups. On X: @{handle}",
        "Our correspondent travelled with the touring squad as a guest of the hosts.",
        "Figures drawn from official scorecards, checked by our stats desk.",
        "Published 14:32 IST · Updated 18:05 IST",
    ],
    headlines: &[
        "Seamers run through top order as visitors slump on opening morning",
        "Ex-skipper slams selectors: ‘We’ve picked a squad for 2019, not 2025’",
        "Rain washes out final day and the series ends level.",
        "Franchise owners push for two overseas keepers in revamped league – report",
        "Teen leg spinner takes five on debut to seal a famous win.",
        "£40m stadium upgrade gets green light as locals grumble over parking",
        "Board confirms new central contracts for twenty two players.",
        "WATCH: Fielder’s one-handed stunner on the boundary rope goes viral",
    ],
    topics: &[
        "the second Test",
        "the T20 league final",
        "the women’s tri-series",
        "the Ranji Trophy",
        "the Champions Trophy",
    ],
    names: &[
        "Priya Natarajan",
        "Callum Ashworth",
        "Tendai Musonda",
        "Farhan Qureshi",
        "Jacinta Reyes",
    ],
    seed: 134,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a parliamentary monitoring and legislative-tracker site.
const TUNE_135: Templates = Templates {
    teasers: &[
        "🔔 Follow this bill — get notified the moment it reaches committee stage, picks up amendments or faces a division.",
        "Track every division on {topic}: check which way your representative went, Aye or No →",
        "Who represents you? Look up any constituency by postcode for its member's attendance record and declared interests.",
        "CSV ⬇ All recorded divisions since the last general election (4.2 MB, updated nightly)",
        "READ NEXT: Which MPs rebelled most often this session? Our league table, updated weekly",
        "Hansard Hour 🎧 Every Friday we unpick what actually happened in the chamber. Episode 112 out now",
        "We're an independent, non-partisan monitor funded by readers. £3 a month keeps every division record public. Join 4,100 backers",
        "Explainer: what happens to a bill after second reading, in five diagrams",
        "Get the Order Paper Digest before the House sits: the day's business, oral questions and statutory instruments, delivered before prayers.",
        "Sponsored | Public affairs training for policy teams: Drafting amendments that survive report stage",
    ],
    forms: &[
        "Your email (used for bill alerts only, never for marketing; opt out from any alert)",
        "Postcode or MP name",
        "Division results unavailable: the parliamentary data feed timed out. Reload this widget shortly.",
        "Alert frequency: ( ) Every change  ( ) Daily summary  ( ) Weekly roundup",
        "Two free bill reports used up, one remaining. Register to unlock amendment tracking and complete voting histories.",
        "Should the {topic} bill be fast-tracked before summer recess? Aye · No · Abstain — 1,384 votes cast",
        "Cookies on this tracker save your followed-bills list and tally page views. Allow all | Essential only | Choose settings",
        "Sign in to annotate clauses and share notes across your organisation",
        "✔ Following. Alerts for this bill begin once you click the confirmation we just emailed.",
        "Filter votes by: Party ▾ | Session ▾ | Ayes / Noes / Absent",
    ],
    navigation: &[
        "Home › Bills › 2023–24 Session › {topic}",
        "Overview | Stages | Amendments | Votes | Debates | Documents",
        "◀ Previous division   Division 214 of 388   Next division ▶",
        "MPs  Lords  Bills  Votes  Committees  Written questions  Data",
        "Skip to bill timeline",
        "Share this bill ➜ Facebook | Bluesky | Mastodon | Email | 🔗",
        "Showing amendments 1–20 of 331 · Next 20 »",
        "▲ TOP",
        "FIRST READING ✓ — SECOND READING ✓ — COMMITTEE ● — REPORT — THIRD READING — ROYAL ASSENT",
    ],
    bylines: &[
        "By {name}, Parliamentary Correspondent",
        "{name} tracks select committees and secondary legislation for us, after six years researching at the Commons Library. Follow @{handle}",
        "Vote data: official division lists, compiled by {name2} — refreshed 23:47",
        "Analysis by {name} and {name2} | Charts by the tracker's data unit",
        "Think we've got an MP's vote wrong? Quote the division number to corrections@ and we'll verify it against Hansard.",
        "Reporting from Westminster and {city}",
        "Photo: House of Commons / parliamentary copyright, reproduced under the Open Parliament Licence",
        "Write to {name}: {handle}@ — encrypted tip-offs accepted on Signal.",
    ],
    headlines: &[
        "Water company bonuses dragged to Commons as Speaker allows urgent question",
        "Backbench rebellion fizzles as government wins planning vote by 41",
        "Lords defeat ministers three times in one evening over asylum appeals",
        "Private member's bill outlawing single-use vapes clears second reading unopposed",
        "Committee chair accuses department of 'stonewalling' on procurement figures",
        "By-election date set for seaside seat after MP's resignation",
        "Ten-minute rule bill on pet theft gathers cross-party support",
        "Opposition forces vote on winter fuel payments as recess looms",
    ],
    topics: &[
        "Renters' Reform Bill",
        "Online Safety Bill",
        "assisted dying legislation",
        "energy bills support scheme",
        "Water (Special Measures) Bill",
    ],
    names: &[
        "Harriet Okonkwo",
        "Dylan Prothero",
        "Priya Venkataraman",
        "Tomasz Wierzbicki",
        "Aoife Garvey",
    ],
    seed: 135,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// an English-language daily in the Gulf with a large expatriate readership.
const TUNE_136: Templates = Templates {
    teasers: &[
        "📲 Breaking UAE news the moment it lands — join Gulf Daybreak on WhatsApp",
        "ALSO READ: {headline}",
        "No newspaper delivery today? Every printed page of this edition sits in our E-Paper section, free after login ›",
        "Dirham slides? Check live AED/INR, AED/PKR and AED/PHP rates before you send money home",
        "SPONSORED · Five ways Dubai families are trimming tuition bills this term",
        "More on {topic}: new Q&A explainers land each Thursday",
        "Listen: Dirham & Sense (episode forty-one) — {name} on rent caps, visas and what it really costs to stay",
        "Jobs, villas, used Land Cruisers: browse 12,000+ listings in Daybreak Classifieds",
        "VIDEO ▶ {headline} (2:37)",
        "Most clicked today ① Salik tariffs shift on Monday ② Eid break dates confirmed ③ {headline}",
    ],
    forms: &[
        "Fajr 4:31 | Sunrise 5:52 | Dhuhr 12:19 | Asr 3:44 | Maghrib 6:49 | Isha 8:06 · Dubai ▾",
        "You've got 2 no-charge articles left for May. Subscribe — AED 19/mo, no lock-in.",
        "Key in the mobile registered against your Emirates ID; the OTP comes by SMS",
        "Poll: Should private-sector staff get the same Ramadan working hours as government employees? ○ Agree ○ Disagree ○ Summer months only",
        "⚠ Currency feed offline — pull down ↻ for fresh rates.",
        "Daybreak sets cookies for advert targeting and to save which emirate your prayer times follow. Choose cookies | Agree",
        "Post a free classified: Select category ▾  Emirate ▾  Title (max 60 characters)",
        "Nothing appears here before Daybreak's moderators have vetted it. Abuse, or anything that breaches UAE law, is deleted.",
        "Search Gulf Daybreak…",
        "Got a Daybreak account? Sign on with mobile/email — the rest of this story is members-only",
    ],
    navigation: &[
        "Home › UAE › Transport",
        "UAE | Business | Cricket | Entertainment | Life & Style | Opinion | Jobs | E-Paper",
        "Forward on 💬 WhatsApp | ✈ Telegram | 𝕏 | 🔗",
        "‹ Older   p. 3 / 18   More recent ›",
        "Top ▲",
        "Gulf | Kerala | Pakistan | Philippines | World",
        "Skip to prayer times",
        "Font − / +  |  🖨 Print",
        "⏸ 01:26 / 04:05  🔊  CC  ⛶",
    ],
    bylines: &[
        "Story by {name} | Daybreak Reporter",
        "{city} — {name2}, Senior Correspondent",
        "Filed: 14 May 2024 | 21:12 GST · Updated 07:40 GST",
        "Photo: {name} / Daybreak File",
        "{name} covers courts, labour and residency. Email {handle}@gulfdaybreak.ae; X: @{handle}",
        "— Additional reporting: WAM / AFP",
        "Arabic text translated for Daybreak by {name2}.",
        "Factual error? Corrections desk: corrections@gulfdaybreak.ae (include date + headline).",
    ],
    headlines: &[
        "Sharjah announces four-day weekend for school pupils after exam timetable shift",
        "Gold jumps Dh3 per gram overnight as jewellers in Deira report rush of buyers",
        "Kerala-bound flights from Abu Dhabi held for hours as monsoon rains lash Kochi",
        "Expat cricketers clinch T10 title in thriller under Ajman floodlights",
        "New rule: tenants must register lease within 30 days or face Dh5,000 fine",
        "Indian Consulate to hold open house for blue-collar workers on Friday",
        "Brent slips under $80 a barrel ahead of OPEC+ meeting in Vienna",
        "Bollywood star mobbed at Dubai mall during surprise film promotion",
    ],
    topics: &[
        "golden visa rules",
        "tuition fee increases",
        "remittance rates",
        "summer midday break",
        "Etihad Rail",
    ],
    names: &[
        "Anjali Menon",
        "Khalid Al Mansoori",
        "Rizwan Qureshi",
        "Maricel Dizon",
        "Thomas Whitlock",
    ],
    seed: 136,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a nonprofit investigative newsroom, at least half of each field as plain sentences.
const TUNE_137: Templates = Templates {
    teasers: &[
        "Any newsroom is welcome to run this piece without paying us, as long as the Creative Commons terms are followed. Please keep our byline and the tracking pixel at the bottom",
        "Readers giving a few dollars each month covered every records request behind this investigation. Your support keeps our reporters digging into {topic}.",
        "📂 Browse the full stack of court filings we obtained → Open the document viewer",
        "PART 3 OF 6 | The Ledger: How {topic} money moved through shell companies",
        "Our team spent eleven months tracing these records. Sign up to get the next chapter delivered the morning it publishes.",
        "🎧 Podcast: {name} talks about the reporting behind “{headline}” (28 min)",
        "We are a nonprofit newsroom and we never put our work behind a paywall. Become a sustaining member today.",
        "RELATED » {headline}",
        "Want more accountability reporting from {city}? Grab Docket Notes — free, no ads, no tracking.",
        "Local newsrooms can partner with us on this project. Write to our partnerships team to request the data for your county.",
    ],
    forms: &[
        "Have a tip about {topic}? We want to hear from you. If it is sensitive, use SecureDrop over Tor — never from a work device or office Wi‑Fi.",
        "Newsletter addresses are kept on a list that nobody outside our audience team can see, and leaving it is one click away.",
        "Name (leave blank if you prefer) | Phone or email * | What happened? *",
        "To reach us privately on Signal, save our number and send a message from a personal phone rather than one issued by your employer.",
        "✔ One more step! We sent a link to your email — click it and Docket Notes starts Thursday.",
        "This file is still loading in the document viewer. If the pages stay blank, refresh or fetch the original scan instead.",
        "Give $18 · $36 · $180 · Custom ☐ Repeat this gift every month",
        "We place one cookie on your browser to measure which investigations people read. We do not sell your data to anyone.",
        "Search 14,302 pages of released records… 🔍",
        "If you worked at one of these facilities we would like to hear what you saw. Your answers will only be read by our reporting team.",
    ],
    navigation: &[
        "Home › Investigations › {topic}",
        "Skip navigation and start reading",
        "Investigations | Data | Documents | About Us | Donate",
        "← Previous chapter  |  Next chapter →",
        "Back to the series overview",
        "Share this investigation: 𝕏 · Facebook · Email · 🔗 Link",
        "Pg. 7 / 41   ‹ prev | next ›   Save as PDF (3.3 MB)",
        "Read the methodology",
        "Jump to the section on how we analyzed the data",
        "Scroll all the way up",
    ],
    bylines: &[
        "By {name} and {name2} · Co-published with the {city} Courier",
        "{name} is an investigative reporter covering {topic}. Her earlier work on county jail deaths in {city} led to two state audits.",
        "Documents obtained through a public records request. Graphic: {name2}/Data & Graphics Desk",
        "Edited by {name2}. Every figure in this story was verified by our research desk.",
        "Contact {name} at {handle}@newsroomfund.org, or use Signal for anything confidential.",
        "{name2} contributed reporting in {city}.",
        "Correction, March 4: We first reported that the county signed the contract in 2019. The deal was actually signed in 2018.",
        "Photographs by {name} for this investigation.",
    ],
    headlines: &[
        "Inside the Quiet Deals That Let Nursing Home Owners Pocket Federal Relief Funds",
        "‘Nobody Warned Us’: Parents Say County Sat on Lead Test Results for a Decade",
        "A Sheriff Promised Reform. His Own Records Show Arrests Kept Climbing.",
        "How a $38 Million Water Contract Went to a Company With No Employees",
        "State Regulators Approved Hundreds of Pipeline Permits Without Site Visits",
        "Charter Network Paid Board Member’s Firm for “Consulting” — Then Kept It Off the Books",
        "The Towns Where Debt Collectors Sue More People Than Anywhere Else",
        "UPDATE: After Our Investigation, Lawmakers Call for Audit of Prison Phone Contracts",
    ],
    topics: &[
        "nursing home ownership",
        "police overtime",
        "public water contracts",
        "wage theft",
        "campaign finance",
    ],
    names: &[
        "Teodora Vasquez",
        "Kwame Adjei",
        "Ingrid Halvorsen",
        "Rahul Deshmukh",
        "Mei-Lin Tsao",
    ],
    seed: 137,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a city news site's public-safety section.
const TUNE_138: Templates = Templates {
    teasers: &[
        "🚨 Want Code Red texts when {city} issues a shelter-in-place? Tap to enroll — reply STOP to quit.",
        "RELATED: Overnight blotter — every call the Third Precinct logged between midnight and dawn",
        "Track live outages block by block on our Power Outage Map ›",
        "Read more: {headline}",
        "Which streets are shut this weekend? Check the Road Closures tracker before heading out.",
        "▶ WATCH: Bodycam footage released in {topic} case (4:12)",
        "The Scanner Desk newsletter hits inboxes before breakfast with the night's arrests, fires and crashes.",
        "PAID CONTENT · Smoke alarm bought before 2015? Local fire crews explain why it's time to swap it out.",
        "TRENDING IN PUBLIC SAFETY  1. Two hurt in Elm Street house fire  2. Boil-water notice lifted  3. Bank robbery suspect in custody",
        "Our reporters sit through every council hearing on {topic}, start to finish. Your $5 pays for the seat.",
    ],
    forms: &[
        "Enter a cell number for severe weather and evacuation texts. Carrier charges could apply.",
        "Search incidents by address, block or case number",
        "⚠ Crime map unavailable — our data feed from the police department is down. Hang tight.",
        "You've read all your free articles for July. Unlock every police and court story — plans from 99¢.",
        "Quick poll: More speed cameras near schools?  ○ Absolutely  ○ Nope  ○ Unsure  [Cast vote]",
        "Outage figures refreshed at 10:47 p.m. — source: utility provider. Restoration estimates can shift.",
        "We don't open comment threads on pending criminal cases.",
        "Cookies let us localize outage and traffic info by neighborhood. Allow | Reject | Customize",
        "Have a tip about {topic}? Message our newsroom over Signal; sources stay anonymous on request. Send tip",
        "Full incident log: paid accounts only → Log in",
    ],
    navigation: &[
        "Home › News › Public Safety › Police Blotter",
        "Crime & Courts | Fire & Rescue | Traffic | Weather Alerts | Crime Map",
        "← Previous day's log   |   Next day's log →",
        "Incidents 21–40 (338 total)",
        "f  𝕏  ✉  🖨",
        "Skip to incident list",
        "Jump to: Arrests · Fires · Crashes · Missing persons",
        "BREAKING NEWS",
        "▲ TOP",
    ],
    bylines: &[
        "By {name} | Public safety reporter",
        "{name} covers police, fire and emergency services. Contact: {handle}@citydesk-news.com, tel. 555-0142.",
        "Photo: {city} Fire Department, via Facebook",
        "Posted 6:48 a.m. · Revised 9:15 a.m.",
        "Incident logs come from public records released by police and might not reflect final charges. All suspects are presumed innocent until proven guilty.",
        "{name2} was at the courthouse and contributed.",
        "Follow @{handle} for live posts from the scene.",
        "Editor's note: A prior version misstated the block where the crash happened. Flag errors at corrections@citydesk-news.com",
    ],
    headlines: &[
        "Burst pipe floods downtown underpass, snarling morning commute",
        "Former school board treasurer pleads guilty to embezzling $212,000",
        "Library extends weekend hours at three branches starting next month",
        "Teen driver cited after crash into bus shelter on Orchard Avenue",
        "Pair of snow leopard kittens debut at city zoo; public invited to pick names",
        "Council postpones short-term rental rules yet again",
        "Brush fire scorches 40 acres near reservoir; no homes threatened",
        "Eastside robotics squad qualifies for world championship in Houston",
    ],
    topics: &[
        "the warehouse fire",
        "catalytic converter thefts",
        "the downtown shooting",
        "school zone speeding",
        "the freezing-rain blackouts",
    ],
    names: &[
        "Marisol Quintero",
        "Declan Whitfield",
        "Adaeze Okonkwo",
        "Tomasz Wierzbicki",
        "Priya Raghunathan",
    ],
    seed: 138,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a United Nations-style news centre, at least half of each field as plain sentences.
const TUNE_139: Templates = Templates {
    teasers: &[
        "The Special Rapporteur sat down with our Geneva studio for a longer talk, now in the sound archive.",
        "▶ AUDIO: {name} speaks to UN News about {topic} (04:37)",
        "You can download this story as a text file or as broadcast quality audio for your station.",
        "PHOTO GALLERY | Life on the edge of the floodplain – 24 images »",
        "Sign up for the morning digest and get headlines gathered from every agency, fund and programme by breakfast.",
        "🎧 Fresh this week on “Voices Beyond the Blue Line”: {topic}, told by the people living it → Listen now",
        "Related: {headline}",
        "Our photo library holds thousands of free images from field missions around the world.",
        "Get the UN News app — stories in 8 languages, offline reading & breaking alerts. [App Store] [Google Play]",
        "The daily press briefing by the Spokesperson is broadcast live at noon New York time on the web television channel.",
    ],
    forms: &[
        "Journalists wishing to cover the General Assembly debate should apply for a pass before Thursday evening local time.",
        "Pass applications are handled only through the online portal. Forms arriving as email attachments are ignored.",
        "Search the audio library: [ keyword, speaker or meeting number ] 🔍",
        "⚠ Playback failed — the clip was retired or your country is excluded.",
        "Thanks, you are now on the list. Expect the first bulletin from our editors within a few days.",
        "Email address* | Language: EN ▾ | Frequency: Daily / Weekly — SUBSCRIBE",
        "Analytics cookies let the news centre measure readership by language edition. Some are strictly necessary for our broadcast clips to stream.",
        "Allow all  ·  Only essential  ·  Change settings  ·  Personal data notice",
        "Invalid media ID — it should look like AB-1234-567.",
        "The image you selected may be used by news outlets only. Log into your registered broadcaster account to obtain the full size file.",
    ],
    navigation: &[
        "Home › News › Peace and Security › {topic}",
        "English · Español · Kiswahili · Français · Português · Русский · العربية · 中文 · हिंदी",
        "Skip to main content",
        "Download this story",
        "◀ Older | Newer ▶",
        "Forward this report to a fellow journalist on the same beat.",
        "Audio 0:00 / 3:48  ⏸  🔊  ⬇ MP3 (3.4 MB)",
        "Up to the masthead",
        "Topics: Humanitarian Aid · Climate Change · Human Rights · Women · Migrants and Refugees",
        "Noon briefing highlights",
    ],
    bylines: &[
        "UN News, {city}",
        "Photo: UN Photo/{name}",
        "Our language team adapted this report from an original written in Spanish.",
        "By {name} | 9 October 2023 | Climate and Environment",
        "Sound editing by the radio unit at the Geneva studio.",
        "To point out a factual slip, contact the multimedia editors at headquarters.",
        "© UNICEF/{name2} — Children line up with jerrycans at a water tank outside {city}.",
        "{name} is a multimedia producer with UN News covering {topic} in the Horn of Africa. Her posts appear under @{handle}",
        "Video and photos by the public information office of the peacekeeping mission.",
    ],
    headlines: &[
        "Security Council renews blue helmet presence in Central African Republic for twelve months",
        "Millions more forced from home by fighting while donor pledges dwindle",
        "‘The river took our house overnight’: flood survivors in {city} rebuild with help from UNDP",
        "UN chief urges G20 to deliver $100 billion climate pledge – ‘no more excuses’",
        "Rural women in Niger turn degraded land into thriving gardens",
        "FROM THE FIELD: Mobile clinics reach remote islands after cyclone 🌀",
        "One in five schools worldwide still has no safe drinking water or toilets says study",
        "Q&A: Why {topic} matters for the 2030 Agenda",
    ],
    topics: &[
        "maternal health",
        "food insecurity",
        "ocean conservation",
        "landmine clearance",
        "refugee education",
    ],
    names: &[
        "Amara Diallo",
        "Sofia Lindqvist",
        "Ravi Menon",
        "Mariana Quispe",
        "Keiko Tanabe",
    ],
    seed: 139,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a podcast-first news outlet.
const TUNE_140: Templates = Templates {
    teasers: &[
        "🎧 Rather hear it? Press ▶ up top, or queue it on whichever player app you use.",
        "Bonus episode: {name} takes listener questions about {topic}. Backstage pass holders can press play now →",
        "Up next ▸ {headline}",
        "Thanks to Fernway Mattresses for backing today's show. Code MORNINGFEED knocks 20% off at checkout.",
        "Missed last week? Start our three-part mini-series on {topic} from Episode 1.",
        "The Daily Rundown newsletter: every episode we drop, timestamped, landing before your commute.",
        "Love the show? Five stars in the Apple app goes a long way — it's how strangers stumble onto us.",
        "Ad-free listening, early drops, plus a monthly listener call-in. Become a Backstage member from £4/month.",
        "Pulled from our back catalogue: {name2} on {topic} (Ep. 212, 48 min)",
        "Sponsored · How Ostrava Bank lends to corner shops and market stalls, in our partner series “Ledger Lines”.",
    ],
    forms: &[
        "Backstage-only episode. Got a pass? Sign on ▸ then press play.",
        "Got a question for the Friday mailbag? Hit record (60 seconds max) and it might end up on air. ● REC",
        "Transcripts remaining on your free plan: 1 / 4",
        "Transcript still processing for this episode. Check back in a bit.",
        "Your private RSS feed link: Copy link · Reset link",
        "Listener poll — Want a follow-up episode on {topic}? ◯ Yes, please ◯ Not for me ◯ Only if it's short",
        "Hmm, the audio didn't come through (code 403). Try again?",
        "Search episodes, guests, transcripts…",
        "Cookies in our player help us measure downloads and decide which ad breaks you hear. OK with that? | Settings",
        "Ping me when a new episode lands. Email address ____ Notify me",
    ],
    navigation: &[
        "Chapters: 00:00 Intro · 02:14 The backstory · 11:40 Interview with {name} · 27:05 Where it goes from here · 33:50 Listener mail",
        "Available on: Overcast | Spotify | Apple | Pocket Casts | YouTube Music | RSS",
        "◀◀ 15s   ▶ Play   30s ▶▶   1.25x",
        "Episodes › News › Season 6 › Episode 148",
        "Show transcript",
        "Previous episode | All episodes | Next episode",
        "Share ↗ Link at 12:31 · WhatsApp · Email",
        "Go straight to the episode player",
        "The Briefing · Deep Dives · Interviews · Bonus · Live shows · About the hosts",
    ],
    bylines: &[
        "Host: {name} · Producer: {name2} · Mix & sound design: Tomasz Wielgus",
        "Machine-made transcript, tidied up by a human in a hurry. If a quote matters, listen back to the tape.",
        "{name} is the show's senior correspondent and co-host of the Tuesday politics episode. Follow her @{handle}.",
        "Episode artwork: Juno Okafor for TUNE Audio",
        "Recorded remotely from {city} on Thursday afternoon.",
        "Original score: Ferrous Hum. Extra cues courtesy of Blue Dot Sessions.",
        "Correction (12 March): In this episode we said the vote was held on a Wednesday. It was a Tuesday. We've re-cut the audio.",
        "Tips for the team? Email listen@tuneaudio.fm or ring the listener hotline.",
    ],
    headlines: &[
        "Inside the frantic last night of ferry strike talks",
        "An Alpine village of 300 is suing over its own postcode",
        "Rate-setters stand pat but hint cuts could arrive ‘sooner than markets expect’",
        "The teenager who rebuilt her town's flood warning system from scrap radios",
        "Stadium plan collapses after council vote ends in a 6–6 tie",
        "Seasonal farm workers face a paperwork maze under tighter visa rules",
        "Meet the retired bus drivers keeping a vanished dialect alive",
        "Heatwave pushes grid to the brink as operators beg homes to cut use after 5pm",
    ],
    topics: &[
        "housing costs",
        "the election recount",
        "chatbots in schools",
        "water rationing",
        "local newspapers",
    ],
    names: &[
        "Marisol Quintero",
        "Kwame Asante",
        "Ingrid Halvorsen",
        "Rohan Mehta",
        "Yuki Tanabe",
    ],
    seed: 140,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// an Afghan diaspora television channel's English-language site.
const TUNE_141: Templates = Templates {
    teasers: &[
        "📺 Watch tonight: “Kabul Diaries” returns at 20:30 (Kabul) / 17:00 (London) — streaming on YouTube and on Yahsat.",
        "ALSO IN DARI: برنامه ویژه درباره {topic} — watch the full episode with English subtitles →",
        "Pashto edition ▸ {headline}",
        "No state funds us — our viewers do. £6 monthly keeps independent Afghan broadcasting on air. Donate 🤲",
        "Ramadan Appeal 2024: each £12 pays for one hour of women-led programming made in {city}.",
        "Missed the debate? The full 48-minute panel on {topic}, hosted by {name}, is now on demand.",
        "Follow the story on Instagram Reels — 60-second explainers in Dari, Uzbek & Pashto.",
        "Subscribe to Sobh Bakhair — five minutes of Afghanistan news, landing by 7am Kabul time.",
        "Sponsored | Remittances to Herat and Mazar in minutes — no fee on the first one",
        "WATCH ▶ {name2} meets families queuing at Torkham (12:41)",
    ],
    forms: &[
        "Gift size: £20 · £40 · £120 · your own £___   ☐ Give monthly (cancel anytime)   [Proceed →]",
        "Thanks! Your comment is held until our team checks it. Writing in Pashto or Dari? That's fine too.",
        "Enter your email to get the weekly schedule of live broadcasts",
        "Gift Aid it? Add 25% to your donation at no extra cost if you are a UK taxpayer.",
        "Geo-restricted: our stream can't be shown in this country. Tune in by satellite — Yahsat 52.5°E, 11823 V.",
        "QUICK POLL — Must women negotiators sit at any future Doha talks?  ○ Bale (yes)  ○ Na (no)  ○ Unsure  [Submit]",
        "Type a programme name or presenter…",
        "Video unavailable: its owner has deleted it or set it to private.",
        "Sign in with Facebook or Google to leave a comment",
        "We place cookies to estimate audience size and reduce buffering on the player. Agree | Customise",
    ],
    navigation: &[
        "Home › News › Afghanistan › {topic}",
        "Live TV | Schedule | Programmes | دری | پښتو | O‘zbek | Donate",
        "◀ Earlier episode     Later episode ▶",
        "Forward → ✈ Telegram  💬 WA  ⓕ FB  🔗",
        "LIVE",
        "🔊 Unmute    ⏸    HD    ⛶ Full screen",
        "Page 1 of 7  »",
        "Jump to the stream",
        "Back to top ↑",
        "Switch language: English / فارسی / پښتو",
    ],
    bylines: &[
        "By {name} | Presenter, Evening News (Dari) | {city}",
        "{name} is a senior presenter at the channel and has reported from Kandahar, Peshawar and Mashhad since 2009. Follow her @{handle}",
        "Originally broadcast in Pashto; {name2} prepared this English copy.",
        "Video: {name} / Camera: {name2}",
        "First aired 19:10 Kabul time · Last edited 21:47",
        "A Kabul stringer contributed; we withhold their identity to protect them.",
        "Notice an inaccuracy? Contact the news desk with the programme title and air date.",
        "Photo: screenshot from live broadcast",
        "Reporting: {name} in {city}; editing: {name2}",
    ],
    headlines: &[
        "Hundreds of Afghan musicians resettled in Portugal mark five years of exile with concert",
        "Taliban extend ban on girls' secondary schooling for another academic year",
        "Herat quake: aid convoys stall on mountain roads as aftershocks continue",
        "Islamabad widens expulsion drive to Afghans holding proof-of-registration cards",
        "Afghan cricket team stuns Australia in Super Eight clash",
        "Kabul's last cinema reopens — but only for religious films",
        "Interview: the exiled judge who still hears cases over WhatsApp",
        "Ghor's saffron growers lose most of this year's crop to a late frost",
    ],
    topics: &[
        "girls' education",
        "refugee resettlement",
        "the Afghan economy",
        "women's rights under Taliban rule",
        "cross-border deportations",
    ],
    names: &[
        "Mariam Sharifi",
        "Ahmad Zia Noori",
        "Fereshta Karimi",
        "Jonas Lindqvist",
        "Shabnam Ahmadzai",
    ],
    seed: 141,
};

/// Thirtieth round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the sites a conflict analyst reads in one morning, each line from any one, at least
/// half of each field as plain sentences.
const TUNE_142: Templates = Templates {
    teasers: &[
        "Our explainer sets out what each delegation is demanding and where the sticking points remain.",
        "► VIDEO: Satellite-guided munitions leave craters along the grain terminal near {city} (1:58)",
        "Every dawn The Dispatch Ledger brings overnight shelling tallies and a hand-drawn frontline map to its readers.",
        "SEE ALSO — {headline}",
        "The author wrote this for our project tracking jihadist insurgency across West Africa, with money from the Oskarsson Trust.",
        "📥 Get the 48-page study (PDF): “Supply Lines Under Strain: Logistics and Attrition in Protracted Wars”",
        "Two retired mediators unpack {topic} in the current episode of our audio briefing.",
        "Keeping correspondents close to the trenches is expensive. A small recurring gift lets us publish these dispatches without a paywall.",
        "TRENDING NOW ▸ {headline} ▸ Militia commander killed in overnight raid, officials say ▸ Decoding Brussels’ fourteenth sanctions round",
        "Friday casualty tracker 📊 Over 38,500 analysts already get it → add yours",
    ],
    forms: &[
        "Drop your institutional address in the box and we mail the situation report ahead of the working day.",
        "October quota reached for unregistered visitors. A university or government login restores full access to agency copy.",
        "🔍 Find briefs, datasets, fellows",
        "Our research pages rely on analytics tags to count readership. Adjust tracking choices through the Preferences panel at the bottom of any page.",
        "Posting is suspended on this dispatch given the legal sensitivity of the pending trial.",
        "QUICK POLL: Does the ceasefire outlast the 30th? ○ It holds ○ It collapses ○ Partly — 2,917 responses",
        "⚠ Conflict map: tiles failed. Reload the tab in a few minutes.",
        "Full name* | Work email* | Affiliation (optional) | [Request access]",
        "Accredited journalists must verify their credentials before embargoed releases can be downloaded.",
        "Got credentials? Sign in › Lost your password?",
    ],
    navigation: &[
        "Home › Commentary › Middle East & North Africa › {topic}",
        "Previous instalment Following instalment",
        "Go to the rolling blog",
        "Send on: Telegram · 𝕏 · Mail · Signal · 🔗",
        "‹ Prev [3] … 11 Next ›",
        "Return to the top of this briefing",
        "Regions Issues Scholars Briefings Programs Who we are",
        "⏸ ▶ 🔇 01:09 / 04:36 Subtitles",
        "Tagged Security Diplomacy Humanitarian Aid",
        "« Earlier entries | Later entries »",
    ],
    bylines: &[
        "{name2} contributed from {city}. Martin Osei and Priya Raman edited the story.",
        "{city}, March 14 (Meridian Wire) —",
        "{name} directs the irregular warfare program and has researched armed groups along the Somali and Kenyan frontier for ten years.",
        "Photo: {name2} / Northline Press Agency",
        "{name2} translated this statement from Arabic.",
        "Reach {name} at @{handle} · Encrypted line available for sources",
        "Released by the foreign ministry spokesperson's office on the evening of 3 June.",
        "Graphic: {name2} for The Ledger · Data: OCHA, ACLED, as of 21 Feb.",
        "If you believe something here is inaccurate, our corrections editor wants to hear from you.",
    ],
    headlines: &[
        "Rebels claim control of key border crossing as talks stall in {city}",
        "Coastguard doubles patrols after tanker boarded off the peninsula",
        "UN trucks refused entry at northern checkpoint again, agency says",
        "Lawmakers back bigger military budget in marathon overnight vote",
        "Analysis: Strike pattern points to a new focus on energy sites",
        "‘We have nothing left’: Displaced families brace for winter under canvas",
        "Exclusive — Arms shipment traced to shell company registered in {city}",
        "LIVE: Envoys gather with ceasefire expiry hours away — follow updates",
    ],
    topics: &[
        "the detainee swap",
        "naval mine clearance",
        "the evacuation route",
        "loitering munitions",
        "the arms embargo",
    ],
    names: &[
        "Amira Haddad",
        "Tomasz Wielgosz",
        "Kwabena Asante",
        "Lucía Ferreyra",
        "Dilnoza Karimova",
    ],
    seed: 142,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a Pakistani English-language national daily, at least half of each field as plain sentences.
const TUNE_143: Templates = Templates {
    teasers: &[
        "Turn the actual newsprint pages of today, Lahore and Karachi metro supplements included, on your screen at no cost.",
        "📰 E-Paper | Islamabad Edition — flip through today’s pages ›",
        "Rs 750 bond balloting in {city}: check the lucky numbers here »",
        "LIVE SCORE ➜ Pakistan vs New Zealand, 2nd T20I — commentary & scorecard",
        "Read this report in Urdu on our sister newspaper site",
        "Also Read: {headline}",
        "Start your day with a short roundup of Pakistan news sent to WhatsApp at sunrise",
        "Keep our Android and iPhone app handy to hear first about {topic} and where the KSE index closed.",
        "SPONSORED | Open a Roshan Digital Account from anywhere in the world 🇵🇰 Apply today →",
        "Readers in Karachi and Lahore clicked on these city page stories most often during the past seven days",
    ],
    forms: &[
        "Every remark is checked by the desk before publication. Insults and unrelated posts will be deleted.",
        "Name* | Email* | Comment — [Post Comment]",
        "You’ve opened 4 of 5 stories allowed without a subscription. Unlock e-paper access for Rs 300/month ›",
        "Bond number lookup: [ ______ ] 🔍 Go",
        "Cookies help us speed things up and tailor adverts. Stay on the site if you are happy with this, or adjust your preferences",
        "READERS’ VOICE: Is {topic} on track to meet its target? ◯ Agree ◯ Disagree ◯ No opinion — Submit",
        "Scores have stopped updating. Give it a few seconds and reload for the current overs",
        "Subscribers can log in using their account number to keep reading this edition.",
        "⚠️ Invalid email address — check and resubmit.",
        "Want bond results and breaking news by text message? Key in your Jazz, Zong or Telenor number below to register",
    ],
    navigation: &[
        "Home › National › Karachi",
        "Home | Pakistan | Sports | Business | Editorial | E-Paper | Cartoons | اردو",
        "Top of page",
        "Send this to a friend on WhatsApp, Messenger or SMS",
        "‹ Older news | Newer news ›",
        "Karachi Hyderabad Sukkur Lahore Faisalabad Multan",
        "Older posts →",
        "Jump past menu",
        "City Edition",
        "▶  ❚❚  🔊  0:47 / 3:12  ⛶",
    ],
    bylines: &[
        "Our Correspondent",
        "Staff Reporter",
        "{city}, Nov 14 (APP):",
        "{name} reports on health & education from Lahore. Twitter: @{handle}",
        "Photo: PPI / Archive",
        "By {name} | Published: March 3, 2023 | Updated 9:17 PM PKT",
        "{name2} contributed from Quetta",
        "Our Lahore desk turned an Urdu dispatch into this English report.",
        "For corrections, write to readers.editor@thedailyherald.pk",
    ],
    headlines: &[
        "Sindh cabinet clears fresh wage board for factory workers",
        "KP to ban plastic bags in Peshawar from next month | VIDEO",
        "Babar (83*), Rizwan guide Pakistan to 7-wicket win over Zimbabwe",
        "Bullion rates climb Rs 2,300 a tola in Karachi sarafa market",
        "PSX sheds 900 points as investors await IMF review",
        "‘Not a single shop will open’: Lahore traders announce shutter-down strike",
        "High court gives Punjab two weeks to explain smog plan",
        "Rs 40,000 premium bond: first prize lands in Rawalpindi",
    ],
    topics: &[
        "the fuel levy increase",
        "the smog emergency",
        "the budget proposals",
        "the polio campaign",
        "the PSL player draft",
    ],
    names: &[
        "Sana Qureshi",
        "Farhan Yousafzai",
        "Hina Baloch",
        "Elena Petrova",
        "Daniel Okafor",
    ],
    seed: 143,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a nonprofit refugee and migration news site.
const TUNE_144: Templates = Templates {
    teasers: &[
        "Need help now? Our helpline answers in Arabic, Dari, Pashto, Tigrinya and Ukrainian — call 0800 318 442 (free, confidential, 8am–10pm).",
        "➤ Know your rights: what to say (and what you may decline to say) at an asylum screening interview",
        "The {topic} guide now reads in Amharic, Kurdish and nine more languages 🌍",
        "Every €15 pays to translate one rights guide into a new language. Gifts are matched until Friday →",
        "MAP: Where shelters in {city} still have beds tonight — checked every hour by our volunteers",
        "RELATED: {headline}",
        "🎧 Passage Radio, ep. 47: an immigration lawyer works through listener mail about {topic}",
        "Waypoints newsletter: three stories every Tuesday, in jargon-free English.",
        "Ad-free and paywall-free thanks to reader gifts. Even €5/month helps →",
        "Trending on Passage: ① Visa backlog hits new high ② Winter shelters open early ③ How the detention rule change affects you",
    ],
    forms: &[
        "Ask our reporters: which question about {topic} keeps you up at night? Selected questions get answered in upcoming stories. Name (optional) · Language · Your question",
        "We never share your details with any government agency. Sending this form will not affect your case.",
        "Choose your language: English | العربية | Français | Español | Українська | فارسی",
        "Shelter map is down. Reload, or see the shelter list (text only).",
        "Town or postcode → free legal clinics nearby  [Search]",
        "Donate: ○ €12 ○ €30 ○ €75 ○ € ____   ☐ Monthly   GIVE NOW",
        "✓ Sent. Expect a reply from one of our volunteers within 5 working days.",
        "Passage Report sets two cookies: one for visitor statistics, one for your language. Neither records immigration status. That's OK · Settings",
        "YOUR VOICE · Has your family waited over a year for an asylum decision? ◯ Yes ◯ No ◯ Rather not answer — 2,418 votes",
        "Members: download guides for offline use (login required)",
    ],
    navigation: &[
        "Home › Know Your Rights › Asylum › Appeals",
        "News | Guides | Helplines | Shelter Map | Podcast | Donate",
        "↓ Story",
        "Forward this: Signal · Telegram · WhatsApp · 🔗",
        "‹ Earlier coverage  |  Later coverage ›",
        "Other languages: ትግርኛ · Soomaali · پښتو · دری",
        "⬆ Top",
        "▶ 0:00 / 14:06   🔊   CC   ⛶",
        "✕ QUICK EXIT — leave this site now (press Esc twice)",
        "Europe / Mediterranean crossings",
    ],
    bylines: &[
        "By {name} in {city} | Arabic translation: {name2}",
        "{name} covers detention and deportation for Passage Report. Signal: +49 1577 204 9163 · @{handle}",
        "Photo: {name2} for Passage Report. Faces blurred at the family's request.",
        "The names of asylum seekers quoted here have been altered at their request. — Eds.",
        "Published 27 February 2025 · Updated 1 March 2025, 09:10 CET",
        "Interpreting: {name2} (Tigrinya). Additional reporting supported by the Migrant Voices Fellowship.",
        "Correction to suggest? corrections@passagereport.org",
        "Graphic: {name} / Source: UNHCR, national interior ministries",
        "{city}, Oct. 3 —",
    ],
    headlines: &[
        "Coastguard rescues 63 from overcrowded dinghy off Lampedusa",
        "Court halts deportation flights pending review of 'safe country' list",
        "Teachers' strike shuts 400 schools as pay talks stall",
        "Kabul's bakers ration flour as wheat shipments stall at the border",
        "Record heat scorches Sahel farms, pushing herders south",
        "Council approves 1,200 new homes despite flood-risk warnings",
        "Syrian chef's pop-up becomes the hardest table to book in Hamburg",
        "Ukrainian students return to exam halls — this time over video link",
    ],
    topics: &[
        "asylum appeals",
        "family reunification",
        "work permits for refugees",
        "immigration detention",
        "temporary protection status",
    ],
    names: &[
        "Rahel Gebremedhin",
        "Tomás Ibarra",
        "Farida Noorzai",
        "Oleksandr Melnyk",
        "Jonas Lindqvist",
    ],
    seed: 144,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// an energy and mining trade publication, at least half of each field as plain sentences.
const TUNE_145: Templates = Templates {
    teasers: &[
        "Whitepaper (PDF, 24 pp.): Managing tailings dam risk in a changing climate — claim it here →",
        "Book a place for our webinar on {topic}, which airs live next Thursday and features procurement heads from three large miners.",
        "🔔 Premium Data members can open the complete Q3 LNG cargo tracker — move up a tier today",
        "Discounted delegate passes for the Battery Metals Summit in {city} are on sale until Friday.",
        "SPONSORED | Inside a Pilbara pit that trimmed haul truck diesel burn by 11% using autonomous dispatch",
        "Our oil and gas digest is mailed on Mondays before Asian trading starts.",
        "Related: {headline}",
        "The newest Core Shed episode has our editors talking through {topic} with a retired chief geologist.",
        "▶ WATCH: Drill core from the Kaminak lithium project, unpacked by our mining editor",
        "Dig into the {topic} file on the special reports hub.",
    ],
    forms: &[
        "Historical spot assessments are reserved for Data Pro accounts. Current members can sign on and others may request trial access.",
        "Company* | Work email* | Role* | Country* — Email me the report",
        "Use your company domain. Personal Gmail and Outlook accounts cannot receive this download.",
        "Your meter shows one unpaid story remaining. See subscription options →",
        "Cookies power our price alerts and webinar attendance counts. [Sure] [Adjust settings]",
        "READER POLL — Brent in Q4 will average… ○ Under $80 ○ $80–90 ○ Over $90",
        "You are booked for the webinar and your personal access link is being emailed to you now.",
        "The live pricing service is temporarily down and engineers are restoring it.",
        "Search tenders, projects, companies…",
        "Log on to build a saved list and switch on commodity alerts.",
    ],
    navigation: &[
        "Home › Mining › Base Metals › Copper",
        "WTI 78.42 ▲0.6% | Brent 83.07 ▲0.4% | Henry Hub 2.91 ▼1.2% | Gold 2,318 ▲0.3%",
        "Bypass the site menus.",
        "← Earlier coverage | Screen 4/11 | Later coverage →",
        "Share via: in · 𝕏 · ✉ · 🖨",
        "Load additional upstream headlines.",
        "Back up to the header.",
        "ENERGY TRANSITION / Hydrogen",
        "The article continues below this advert.",
        "Latest updates filed under {topic}.",
    ],
    bylines: &[
        "By {name}, Senior Metals Reporter | @{handle}",
        "{name} follows {topic} from {city}.",
        "Image supplied by Northgate Resources",
        "{name2} contributed reporting and {name} edited this piece.",
        "Posted 11/03/24 07:55 UTC · Revised 10:18 UTC",
        "If you find an inaccuracy, flag it to corrections and a duty editor will review it.",
        "{name} leads our energy coverage and engineered reservoirs on Norwegian platforms for nearly a decade prior to joining.",
        "Graphic: {name2} / Data: company filings, Platts",
    ],
    headlines: &[
        "Zambia grants new copper licence to Canadian junior after 26 month wait",
        "Offshore wind auction draws fewer bids as turbine costs climb",
        "Coal exporters eye India as Chinese demand softens",
        "Refiners brace for thinner margins through the winter months",
        "Lithium price slump: Are Australian spodumene producers near the bottom?",
        "EXCLUSIVE — Miner weighs $2.4bn sale of Chilean assets, sources say",
        "Uranium hits 16-year high; utilities scramble for long-term contracts",
        "Interview: Why grid operators call 2030 storage targets ‘unrealistic’",
    ],
    topics: &[
        "copper supply",
        "LNG shipping",
        "critical minerals policy",
        "carbon capture",
        "gold exploration",
    ],
    names: &[
        "Tomasz Wielgosz",
        "Adaeze Okonkwo",
        "Rafael Quintana",
        "Ingrid Solberg",
        "Haruto Ishikawa",
    ],
    seed: 145,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a Central Asian news agency's English service.
const TUNE_146: Templates = Templates {
    teasers: &[
        "Read also: {headline}",
        "📸 The full photo series (36 frames) can be ordered from the Dala Press photo bank — photo@dalapress.kz",
        "Our Telegram in English: t.me/dalapress_en — urgent wires from Astana and the oblasts, minutes after release",
        "As Dala Press wrote earlier, the Cabinet endorsed a roadmap on {topic} for 2024–2026.",
        "MORE ON THE SUBJECT ▸ {headline}",
        "Corporate clients: a weekday business digest on Central Asian markets arrives at 08:00 Astana time. Trial period — one month.",
        "VIDEO | Head of State's address on {topic} (uncut, 42 min)",
        "Summit updates all day long on X: @dalapress_en",
        "Partner material: how regional carriers are adding direct flights to {city}",
        "TOP-3 over seven days: ① {headline} ② Tenge firms against dollar at opening session ③ Visa-free regime for 14 countries takes effect",
    ],
    forms: &[
        "This item is distributed via the agency's paid newswire only. Subscription department: +7 (7172) 55-01-19, sales@dalapress.kz",
        "Your e-mail for the evening newsletter → [Subscribe]",
        "Cookies on dalapress.kz serve web analytics and keep your RUS/ENG/ҚАЗ choice. Privacy Policy · [Fine]",
        "Comments appear online only after editorial review. Posts that insult participants or incite ethnic or religious hatred are removed.",
        "Archive search since 1997 — word or date (e.g. 05.11.2019) — [Go]",
        "POLL | Are you satisfied with public transport in your city? Fully · To some extent · Not at all — 1,248 votes",
        "NBK exchange rates: no data. Retry later.",
        "Subscriber cabinet | Recover password | Request trial access",
        "Typo in the text? Highlight it, then Ctrl+Enter — the English editors get notified",
        "Price of this photo: 5 000 KZT (web) / 12 000 KZT (print). Order",
    ],
    navigation: &[
        "Home / News / Politics",
        "RUS | ENG | ҚАЗ",
        "Politics   Regions   Economy   Incidents   World   Sport   Photo   Video",
        "« Earlier  |  Later »",
        "Share: Telegram · Facebook · VK · WhatsApp · Link",
        "1 2 3 … 47 ›",
        "▲ Up",
        "OFFICIAL CHRONICLE",
        "News feed ›",
        "Tags: {topic}, Government, Astana",
    ],
    bylines: &[
        "ALMATY, 14 March. /DALA PRESS/.",
        "Photo: press service of the Prime Minister",
        "Author: {name}. English text: {name2}",
        "© Dala Press, 2024. Any use of the agency's materials requires a hyperlink to dalapress.kz.",
        "The statement below is reproduced verbatim as sent to the agency by the Foreign Ministry's press office. Dala Press did not edit its wording.",
        "{name} reports for Dala Press from {city}. Contact: {handle}@dalapress.kz",
        "Photo by {name} / Dala Press photo bank",
        "Inaccuracy in the translation? Tell our English-language editors: english@dalapress.kz",
        "Edited by {name2}",
    ],
    headlines: &[
        "Head of State receives credentials from newly appointed ambassadors of five countries",
        "Wheat exports via Caspian ports up 18% in first quarter",
        "Snowfall shuts Kordai pass; motorists urged to take alternative routes",
        "Kyrgyz and Uzbek border commissions agree on final section of demarcation",
        "Tenge weakens to 471 per dollar at morning trading session",
        "National boxers clinch three golds at Asian championships in Tashkent",
        "Parliament ratifies Syr Darya water-sharing deal with neighbours",
        "Almaty to launch first light rail line by 2027, city akimat says",
    ],
    topics: &[
        "water resources",
        "digitalization of public services",
        "grain exports",
        "the Trans-Caspian transport route",
        "utility tariff reform",
    ],
    names: &[
        "Aizada Toktogulova",
        "Farrukh Ismoilov",
        "Elena Gordeeva",
        "James Whitcombe",
        "Daulet Nurpeisov",
    ],
    seed: 146,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a court and legal-affairs reporting site, at least half of each field as plain sentences.
const TUNE_147: Templates = Templates {
    teasers: &[
        "The complete judgment is in our case library, open to members at no extra cost.",
        "▶ LISTEN: The Docket Daily unpacks the week’s biggest rulings in under 20 minutes",
        "Sponsored by Ashdown Vale Solicitors — Whistleblower reforms: five questions your audit committee should ask →",
        "The morning cause list and the key judgments, in your mailbox on every court day before the first listing.",
        "MOST READ ⚖️ {headline} · Judge rebukes counsel over AI-drafted citations · Top court to hear pension appeal",
        "Our legal correspondents explain what this ruling means for tenants across the country.",
        "Partner content | Litigation funding: why mid-market practices are looking again",
        "Support independent court reporting and join as a member today.",
        "Related: {headline}",
        "Follow each twist of the case through our interactive timeline.",
    ],
    forms: &[
        "This is free judgment two of three for this month.",
        "Search judgments by case number, party or judge",
        "Sign up at no charge, then build a watchlist of cases and get notified of fresh filings.",
        "Saved court alerts depend on cookies. Optional analytics stay off until you say otherwise. [Accept] [Adjust]",
        "We have disabled reader discussion on articles about live criminal cases.",
        "READERS’ VERDICT: Televise all criminal trials? ○ Agree ○ Disagree ○ Sentencing remarks only",
        "⚠ We can’t fetch the hearing tracker. Reload to have another go.",
        "Alerts on {topic}, emailed when papers are lodged → [Notify me]",
        "Thanks, your post is in the queue while a moderator screens it for contempt of court issues.",
        "Full archive access from £1.49 per week, no minimum term. Existing members ➜ Log in",
    ],
    navigation: &[
        "Home › Courts › Court of Appeal › Criminal Division",
        "Go straight to the story",
        "« Previous hearing | Day 14 of 31 | Next hearing »",
        "Share this judgment: 𝕏 · Bluesky · WhatsApp · Print",
        "Back to case tracker",
        "◀ Older rulings   3 / 47   Newer rulings ▶",
        "▶︎ Audio summary — 12:48 — speed 1×",
        "Complete coverage of the Family Court",
        "Go back to all employment tribunal decisions",
        "Judgments Hearings Case Trackers Legal Business Opinion",
    ],
    bylines: &[
        "By {name}, Senior Courts Correspondent",
        "{name} at the Old Bailey; further reporting by {name2}, {city}.",
        "Our legal affairs editor has spent fifteen years reporting from the High Court.",
        "Published 07:16 GMT, 3 June · Last updated 10:51",
        "An earlier version misidentified the presiding judge and we regret the error.",
        "✉ {handle}@thebenchreport.com | @{handle}",
        "Our foreign desk worked from a Spanish dispatch for this English edition.",
        "Court sketch: Julia Ferreira for The Bench Report",
        "The author is a practising barrister and writes in a personal capacity.",
    ],
    headlines: &[
        "Appeal court overturns fraud conviction of former council treasurer",
        "Landlord ordered to repay £48,000 after unlawful eviction of pensioner",
        "Judge says regulator acted unfairly in closing small pension schemes",
        "‘I was never told’: Juror’s complaint halts murder retrial",
        "Supreme Court agrees to hear dispute over frozen embryos",
        "Tech giant loses bid to keep antitrust documents sealed",
        "Two City practices combine to form 1,200-lawyer transatlantic outfit",
        "Inquest: hospital failures ‘more than minimal’ contributor to teen’s death",
    ],
    topics: &[
        "the Harbour Bank fraud trial",
        "tenancy law",
        "employment tribunals",
        "the euthanasia legislation",
        "sentencing reform",
    ],
    names: &[
        "Amara Okonkwo",
        "Tomasz Wiśniewski",
        "Leila Haddad",
        "Kenji Moriyama",
        "Siobhan Gallagher",
    ],
    seed: 147,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a national newspaper's data-journalism and graphics desk.
const TUNE_148: Templates = Templates {
    teasers: &[
        "Explorer: every {topic} number since 2010, searchable down to your own neighbourhood →",
        "Grab the spreadsheet (CSV, 2.4MB) — plus the notes explaining how this map was built.",
        "📊 Get The Numbers, landing every Thursday from the graphics team. One chart, one story, zero spin. Sign up — it costs nothing",
        "Related graphic: {headline}",
        "Where does your patch rank? Type your town into our lookup tool ↓",
        "TRENDING ON DATA  1. {headline}  2. The country in 100 charts  3. Where the heat islands are worst",
        "🎧 Listen: Margin of Error, ep. 41 — why the polls missed the rural swing",
        "Back independent data journalism. Members download our datasets a week before release and quiz the reporters on quarterly calls. From £5 monthly.",
        "Paid content | Mapping the grid of tomorrow — presented by Northvale Energy",
        "More charts on {topic}, rebuilt weekdays around 6am",
    ],
    forms: &[
        "This interactive needs JavaScript. Switch it on, or open the static image instead.",
        "Your postcode, town or council",
        "No match for that place. Try somewhere nearby, or double-check how it's spelt.",
        "▮▮▮▯ You've used three free graphics; one left. Unlimited charts and datasets cost £1 the first month, £8 after.",
        "Some visuals here are served by outside providers who may set trackers. OK, load them | Choose which | Static versions only",
        "Poll: Did this chart shift your view on {topic}? ○ Definitely ○ A bit ○ Not at all  [Send]",
        "Fetching data… if nothing shows up here, reload.",
        "See a figure that looks off? Report it to our graphics desk — name, email, which number. Submit",
        "Pin this map to your dashboard — log in first",
        "Showing 1–25 of 3,412 rows · Filter table:",
    ],
    navigation: &[
        "Home › Data › {topic}",
        "Skip to chart",
        "Share ⤴  fb  𝕏  in  ✉  🔗  </> embed",
        "＋ Zoom  − Zoom  ⟲ Reset view",
        "◀ Prev  |  chart 4/12  |  Next ▶",
        "DATA & GRAPHICS",
        "▲ top",
        "Play ▶  Pause ❚❚  1990 ━━━━●━━━ 2024",
        "Interactives  Maps  Datasets  Methodology  About the desk",
        "tap a region for details · pinch to zoom",
    ],
    bylines: &[
        "Graphics by {name} and {name2}; data analysis by {name2}",
        "By {name}, data reporter, {city}",
        "Source: official statistics agency; analysis by our graphics team. Basemap © OpenStreetMap contributors",
        "{name} designs interactives on our visual desk, having previously built election maps in {city}. On Bluesky: @{handle}",
        "Extra reporting by {name2}. Research: {name}.",
        "First published 21/11/2023 at 6am · figures revised 11:42",
        "Correction, 15 March: the y-axis on this chart was originally labelled in per cent rather than percentage points. The graphic is now corrected.",
        "Questions about the numbers? Email data@ — our scripts and raw files are public on GitHub.",
        "Illustration: {name}; photograph: Reuters",
    ],
    headlines: &[
        "Rents rose fastest in towns nobody expected — here's the map",
        "The lost decade: wages have barely moved in 14 of 20 regions",
        "Why the ferry to the islands keeps getting cancelled",
        "Late winner sends Rovers top for the first time since 1998",
        "We counted every public toilet in the city. Turns out there are barely 300",
        "Interest rates frozen for a fourth month while inflation edges down to 2.3%",
        "Whale sightings off east coast at highest level in three decades",
        "Revealed: the school catchments where house prices leap 33%",
    ],
    topics: &[
        "regional house prices",
        "A&E waiting times",
        "air pollution",
        "voter turnout",
        "river water quality",
    ],
    names: &[
        "Ingrid Solheim",
        "Tomasz Wróbel",
        "Adaeze Okonkwo",
        "Rafael Quintero",
        "Xiaowen Tan",
    ],
    seed: 148,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a South Asian women's rights and gender-affairs news site, at least half of each field as plain
/// sentences.
const TUNE_149: Templates = Templates {
    teasers: &[
        "Read our ground report on how anganwadi workers in Bihar have been organising for a minimum wage",
        "► Also read: {headline}",
        "Every Sunday we hand select the gender stories that the big dailies missed and mail them out to subscribers. Joining costs nothing.",
        "🎧 New on Behnon Ki Baithak: {name} on marital rape, the courts and the very long wait for justice — listen now",
        "Independent feminist reporting from South Asia survives because of its readers. Give what you are able to so our team can keep travelling to the districts.",
        "TRENDING ON DASTAK ✦ {headline} ✦ Why dowry deaths go unrecorded in rural Haryana ✦ Meet the women crewing Nepal’s first all-female ambulance",
        "Watch our short documentary on acid attack survivors who now run their own cafe in Agra",
        "BRAND STORY · A Dhaka savings circle is helping garment workers pay school fees for their daughters →",
        "Two hundred reports and essays on {topic} sit together in a single archive",
        "📲 Follow Dastak on WhatsApp! One tap and you’re in (no forwards, no spam — only news that matters to women)",
    ],
    forms: &[
        "Replies are read by a human moderator and we quietly remove anything abusive or casteist.",
        "Name you’d like shown* | Email (only our team sees it)* | ☐ Remember me here",
        "You are on story three out of the five we offer without charge each month. Register or log back in and the limit disappears.",
        "POLL: Should marital rape be made a criminal offence in India? ◉ Yes  ○ No  ○ Unsure  [ ✔ Vote ]",
        "Cookies help Dastak count its readers and notice which ground reports hold their attention. Preferences may be edited from a link beside our masthead.",
        "Search Dastak… 🔍",
        "Add your email to get the fortnightly roundup in English, Hindi, Urdu or Bangla",
        "⚠ Hmm, the replies section didn’t load properly. Give it a minute, then reload.",
        "Sign up via Google / Facebook / Email — first visit? It takes under a minute & you can bookmark reports to read on the train",
        "Your support means a great deal to us. A receipt for this contribution is on its way to your email.",
    ],
    navigation: &[
        "Home › Gender › Law & Policy › {topic}",
        "Return to the top of this page",
        "Forward ➜ Telegram · WhatsApp · FB · X · 🔗",
        "Previous story",
        "Read the second instalment of our dowry investigation",
        "← Earlier reports  |  More recent →",
        "Bypass the menu and read the report",
        "NEWS  ·  OPINION  ·  GROUND REPORTS  ·  DATA  ·  PODCASTS  ·  हिंदी  ·  اردو",
        "▶ Play (6:12)   🔊   Subtitles   ⛶",
        "Gender Watch",
    ],
    bylines: &[
        "By {name} in {city}",
        "{name} reports from Lahore on labour, migration & women’s health. X/Instagram: @{handle}",
        "Photo: {name2}/Dastak",
        "Translation from Marathi to English by {name2}",
        "Updated: 8 March 2024, 10:42 am IST",
        "The Dastak rural gender fellowship paid for travel and reporting on this story",
        "Illustrations by {name2} for Dastak",
        "Got a factual error to flag? ✉ corrections@dastak.in",
        "{name2} also reported from {city}",
    ],
    headlines: &[
        "Sri Lanka court orders compensation for tea estate women denied maternity leave",
        "Kerala’s first transgender bus conductor says the job changed how passengers see her",
        "Nepal citizenship bill: Why single mothers remain without papers",
        "Pakistani women cricketers demand equal match fees ahead of home series",
        "In Assam self help groups turn flood relief into a thriving business",
        "‘They called it family honour’ — survivors speak about the Jind killings",
        "Dowry deaths fell last year but activists say the numbers hide more than they show",
        "EXPLAINED | Do the amended POSH rules cover gig and domestic workers?",
    ],
    topics: &[
        "workplace harassment",
        "menstrual health",
        "dowry violence",
        "women in panchayats",
        "maternity benefits",
    ],
    names: &[
        "Ayesha Rahman",
        "Priyanka Thapa",
        "Meera Kulasekaran",
        "Hina Baloch",
        "Ingrid Solberg",
    ],
    seed: 149,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the sites a ceasefire monitor scrapes in one day, each line from any one, at least half
/// of each field as plain sentences.
const TUNE_150: Templates = Templates {
    teasers: &[
        "► LIVE: Rolling coverage as delegations gather in {city} to discuss {topic}",
        "Every alleged truce violation is plotted on our database, refreshed hourly by a team of analysts.",
        "READ ALSO | {headline}",
        "Each weekday evening our foreign desk mails out a concise digest of what shifted overnight. Registration is free.",
        "The newest installment of Frontline Dispatch has landed, with our correspondents unpacking what the deal changes for households close to the frontier.",
        "📻 From 19h30 GMT — {name} quizzes the UN envoy on {topic}. Stream on our radio player →",
        "Sponsored · Armoured 4x4 leasing for relief convoys, weekly rates. Get pricing ›",
        "Stay ahead of each development near the demarcation line with instant pings on your handset. Our app costs nothing on both major stores.",
        "Shared widely this morning: {headline} / Bread queues return to the capital / Border crossing shut for Eid",
        "Keeping correspondents near the fighting is costly. Modest recurring gifts fund fuel, insurance and satellite phones.",
    ],
    forms: &[
        "Your work e-mail (required)",
        "Reader responses stay closed on pieces covering ongoing military operations.",
        "Your allowance of complimentary articles renews next month. Subscribers enjoy unrestricted reading.",
        "Analytics trackers help this portal understand its readership. Allow · Adjust",
        "Reader vote ☐ Monitors should carry weapons ☐ Monitors should stay unarmed ▸ 2,047 ballots cast",
        "Only verified members may add replies below. Identify yourself using your subscriber number first.",
        "⚠️ Incident overlay unavailable (code 0x2F). Retry shortly.",
        "Look up earlier communiques using a ministry name or a calendar date.",
        "Text alerts: send HALT to end messages. Standard carrier charges apply.",
        "Almost finished. Open the email we just dispatched and press the green button to activate alerts.",
    ],
    navigation: &[
        "Front page › Conflict › Eastern sector › {topic}",
        "Bypass menus and read the report",
        "« Older communiqué | Newer communiqué »",
        "Forward ➜ Telegram | Signal | Facebook | Print",
        "Scroll upward",
        "Showing results eleven to twenty of sixty four statements.",
        "▶ 01:47 / 05:09  🔈  ⚙  ⤢",
        "Politics Economy Regions Culture Weather Live radio Podcasts",
        "All ministry communiques",
        "LIVE UPDATES — Day 14 | Ceasefire Watch",
    ],
    bylines: &[
        "By {name} and {name2}, Meridian News Agency",
        "{city}, March 14 (Agence Levant) —",
        "Written by {name} in {city}, {name2} contributed. Desk: Claire Osei",
        "Photo: {name2} / Coastline Press",
        "This communique was originally drafted in Arabic. The Special Coordinator approved the translation below.",
        "Her dispatches from frontline villages and refugee camps have appeared in these pages for ten years.",
        "Anyone who spots an inaccuracy should notify the ombudsman, whose office replies inside forty eight hours.",
        "Released late on Tuesday by the spokesman for the general staff.",
    ],
    headlines: &[
        "Ferry operators halt evening sailings following blaze in engine room",
        "Drought emergency declared in three coastal districts",
        "Town councillors back riverside market reconstruction scheme",
        "Olympic rower retires at 31 following knee surgery",
        "‘Nothing left to harvest’: Olive growers tally frost damage",
        "Interest rates frozen at 6.5% — governor hints at easing by autumn",
        "Former mayor handed 8-year sentence in land-deal scandal",
        "WATCH: Toddler pulled alive from collapsed block 40 hours after tremor",
    ],
    topics: &[
        "prisoner swaps",
        "aid corridors",
        "buffer zone patrols",
        "shelling reports",
        "truce negotiations",
    ],
    names: &[
        "Amara Okonkwo",
        "Lukas Brandt",
        "Yasmin Haddad",
        "Ravi Menon",
        "Olena Kovalchuk",
    ],
    seed: 150,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a viral-news and tabloid-style site with heavy advertising and recommendation widgets.
const TUNE_151: Templates = Templates {
    teasers: &[
        "😱 You won't believe what happened next — {headline}",
        "PROMOTED STORIES",
        "Doctors Baffled: This 30-Second Morning Trick Melts Belly Fat (Watch)",
        "MORE: {name} finally speaks out over {topic} bombshell — and fans are FURIOUS",
        "Know something juicy? Drop our newsdesk a line at scoops@dailybuzzwire.co or text 07700 900 412 — we reward the best tip-offs 💰",
        "Sponsored | {city} Homeowners Are Getting Solar Panels For Next To Nothing",
        "🔥 TRENDING NOW: {headline} »",
        "Don't miss a single bit of gossip — hit 'Like' on Buzzwire's Facebook for 24/7 showbiz drama",
        "You May Like  ·  Recommended by Outbrain",
        "Swipe right to see all 37 jaw-dropping {topic} transformations ➡️",
    ],
    forms: &[
        "Get the FREE Celeb Scoop bulletin straight to your inbox — just pop in your email ✉️",
        "Subscribe",
        "By signing up you agree that we may use your details to send you tailored content and offers from us and selected partners. Unsubscribe anytime.",
        "POLL: Is {name} right to go public about {topic}? 👍 Totally / 👎 No way — cast your vote",
        "Vote counted! 68% of Buzzwire readers think the same as you.",
        "Looks like you're blocking our ads 😢 They keep our stories free. Turn it off for us, or go ad-free for £1.",
        "Uh-oh, our chat thread is having a wobble. Hit reload 🔄",
        "Show Comments (412)  |  Sort by: Best rated ▾",
        "Cookies, anyone? 🍪 Buzzwire and 847 partners collect info like your IP address and which pages you open, then use it to pick which promos pop up. I'M OK WITH THAT · Pick my settings",
        "Search Buzzwire...",
    ],
    navigation: &[
        "Home › Celebs › Telly › Love Island",
        "SHARE THIS: Messenger | 𝕏 | Pinterest | Reddit | 🔗",
        "NEXT SLIDE ▶",
        "‹ Prev   3 / 14   Next ›",
        "Advertisement - Scroll to keep reading",
        "News | Celebs | Royals | TV & Soaps | Weird | Money | Puzzles",
        "▲ Top",
        "1.2K shares",
        "You can skip this ad in 5s",
    ],
    bylines: &[
        "By {name}, Entertainment Desk",
        "{name} | Posted 14:06, 3 March | Amended 09:51, 4 March",
        "Picture: Splash News / Backgrid",
        "{name} is Buzzwire's chief celebrity writer — 11 years of red carpets, reality villas and royal weddings under her belt. DM her your gossip: @{handle}.",
        "Extra digging: {name2}",
        "📸 Credit: Instagram/@{handle}",
        "Video: TikTok / {name2}",
        "Factual error? Ping the Buzzwire corrections desk — fixes@dailybuzzwire.co",
    ],
    headlines: &[
        "Soap legend unrecognisable as she emerges for first time in years",
        "Man finds 200-year-old message in a bottle while walking his dog on {city} beach",
        "Dating show lovebirds CALL IT QUITS barely a month after Bali 'dream wedding' — pals say 'it was doomed'",
        "Grandma, 92, becomes unlikely TikTok star with her brutally honest cake reviews",
        "Fans in meltdown as pop star drops cryptic hint about secret baby",
        "Holiday nightmare: family stranded for 19 hours after budget airline cancels flight",
        "'I quit my job to travel in a van — now I earn more than ever'",
        "Shoppers rush to buy £12 supermarket blanket dubbed 'better than designer'",
    ],
    topics: &[
        "the wedding feud",
        "celebrity diets",
        "the leaked texts",
        "budget holiday hacks",
        "royal rift",
    ],
    names: &[
        "Kayleigh Brennan",
        "Dev Malhotra",
        "Sofia Lindqvist",
        "Tunde Bakare",
        "Marisol Ortega",
    ],
    seed: 151,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a state news agency's English-language service, at least half of each field as plain sentences.
const TUNE_152: Templates = Templates {
    teasers: &[
        "Media outlets can receive the full English newswire through an annual subscription",
        "Registered clients can find more photos from this event in our photo service",
        "The complete official statement is published in the documents section",
        "Our morning bulletin of government news is sent to subscribers before eight on working days",
        "Listen to the hourly news summary in English broadcast by our radio service",
        "📷 PHOTO GALLERY: {topic} — 24 images available for licensing »",
        "ALSO READ: {headline}",
        "► Full text: Joint communiqué on {topic} (PDF, 312 KB)",
        "Editors’ picks | {headline} · 41 min",
        "NEW → Urgent English flashes also arrive on Telegram. Subscribe ✈",
    ],
    forms: &[
        "Please enter your client login and password to download high resolution images",
        "Your client contract has ended so downloads from the image bank are paused",
        "This material is available to media clients only",
        "Request a trial account for your newsroom by filling in the form below",
        "Nothing matched your query in the newswire database",
        "Search the newswire… [ Go ]",
        "Select size: ○ Preview (800 px) ○ Standard (2400 px) ● Original — Add to lightbox +",
        "Cookie files log page views plus your chosen edition language. [OK] [Preferences]",
        "E-mail* | Organisation* | Country* | Type of media* — Send request",
        "⚠ Error 403: requests from this IP address are not linked to a client profile. Contact the subscription desk.",
    ],
    navigation: &[
        "Home Politics Economy World Society Sport Photo",
        "Back to top",
        "Next story",
        "Show more news",
        "Official announcements",
        "Home › English Service › Official › {topic}",
        "« Prev  28 · [29] · 30 … 57  Next »",
        "Share ↗ VK · Telegram · OK · X · 🖨",
        "▶ 0:13 / 3:58  🔊  HD  ⛶",
        "RU | EN | 中文 | AR | DE | ES",
    ],
    bylines: &[
        "By {name} and {name2} in {city}",
        "Photo by {name} for the agency",
        "Translation prepared at the agency foreign language service",
        "Edited by {name2}",
        "{name} is the chief correspondent of the agency in {city} reporting mainly on diplomacy and foreign trade",
        "{city}, 14 March /Agency/ –",
        "Photo: {name} / Agency Photo Service ©",
        "Factual error? Message our shift editor, citing item EN-0412-77 ✉",
        "Text: {name2}; graphics: {name}; video: @{handle}",
    ],
    headlines: &[
        "Prime Minister opens new cargo terminal at northern seaport",
        "Grain harvest expected to exceed official forecast",
        "National team wins bronze at Asian wrestling championship",
        "Parliament approves amendments to tax code in second reading",
        "President receives credentials of five new ambassadors — PHOTOS",
        "Inflation slows to 4.2% in October: statistics office",
        "UPDATED: Flights resume at {city} airport after morning fog",
        "Foreign Minister: “Dialogue on {topic} must continue”",
    ],
    topics: &[
        "water resources cooperation",
        "the new investment code",
        "regional transport corridors",
        "the spring sowing campaign",
        "digital public services",
    ],
    names: &[
        "Aigerim Sadykova",
        "Tomás Herrera",
        "Lê Minh Châu",
        "Oleksandr Marchenko",
        "Fatima Al-Hashimi",
    ],
    seed: 152,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a local-language newspaper's English pages made by machine translation.
const TUNE_153: Templates = Templates {
    teasers: &[
        "▶ See more the other articles of this reporter",
        "[Related article] {headline}",
        "Register our newspaper as 'My favorite press' on the portal, then the breaking news arrives more fast! ☞ Click",
        "Our Morning 5-Minute letter delivers the most important news of {topic} within 5 minutes every day. Subscribe free now",
        "[Video] The scene of {topic} in {city} which becomes the hot topic, confirm directly ▷",
        "Most Viewed News Now  1. {headline}",
        "[Advertorial] What is different with {topic} service of new concept? Meet it now at the special page",
        "Please back the journalism that is not swayed by power. The sponsorship of one cup of coffee becomes the big power for our reporters. Sponsor ♥",
        "Download the app of our paper, then get the alarm when {topic} news is come out 📲",
        "Premium",
    ],
    forms: &[
        "Please enter the comment. The comments containing abuse, slander or advertisement can be removed without the prior notice.",
        "Login is necessary for writing comment. Move to login page?",
        "0 / 400 byte",
        "Our homepage is using the cookie for providing the better service. If you continue to use the site, you are regarded to agree it. [Agree] [See detail]",
        "You used up all free reading for this month (3/3). To continue the reading, please join paid membership.",
        "Please input the search word",
        "Opinion poll ｜ Government's {topic} measure, is it appropriate? ○ Appropriate ○ Not appropriate ○ Do not know  [Voting] [Result view]",
        "The e-mail form is not correct. Please confirm once again.",
        "Translation is not loaded. Press F5 and try it once more.",
        "Order: Latest | Past | Many sympathy",
    ],
    navigation: &[
        "Home > English > Society > {topic}",
        "◀ Previous article   List   Next article ▶",
        "Politics  Economic  Society  Global  Culture  Sports  Opinion  Photo·Video",
        "Enlarge letter  Reduce letter  Print  Send mail",
        "Go to the top ▲",
        "Share to Facebook | Share to X | Share to KakaoTalk | Copy the URL",
        "Skip to body text",
        "한국어 | English | 日本語 | 中文(简体)",
        "‹ 1 2 3 4 5 6 7 8 9 10 ›",
        "Playing 00:00 / 02:31   Mute   Full screen",
    ],
    bylines: &[
        "Reporter {name} {handle}@hanbitdaily.co.kr",
        "({city} = {name}, special correspondent)",
        "※ This English news is made by AI machine translation engine and can differ with the original Korean article. When the content is different, the original article has priority.",
        "[Photo = {name2} lawmaker's office offer]",
        "Input 2024.03.14 17:52 | Revise 2024.03.15 09:08",
        "{name} is the reporter who covers the {topic} in the economy department from 2019. Tip and report: @{handle}",
        "ⓒ The copyright of the article is owned by our newspaper. Unauthorized reproduction, redistribution and use for AI learning are prohibited",
        "Graphic = {name2} designer",
        "When you discover the error in article, please inform it to the reader's rights team (02-3701-5500).",
    ],
    headlines: &[
        "Rice price falls 3 weeks consecutively… Farmers “cannot cover even the production cost”",
        "Middle school student saves the elderly man collapsed in the subway station with CPR",
        "'Cherry blossom blooms 5 days faster than the average year' This weekend is the peak at the southern region",
        "Ruling and opposition parties collide again over the budget bill… Processing within legal deadline is uncertain",
        "Semiconductor export turns to increase first time after 14 months",
        "80-year-old grandmother who learned the letters at the senior school publishes the poem collection",
        "Ace pitcher signs 4 years 9 billion won FA contract… \"I will repay with the championship\"",
        "Heavy snow advisory in the east coast mountain region, up to 30cm more until tomorrow",
    ],
    topics: &[
        "fine dust",
        "minimum wage",
        "low birth rate",
        "jeonse fraud",
        "medical school quota",
    ],
    names: &[
        "Minjae Cho",
        "Daniel Okafor",
        "Lucía Ferreira",
        "Arjun Mehta",
        "Yuna Kobayashi",
    ],
    seed: 153,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a human rights organisation's news, reports and urgent-action pages, at least half of each field
/// as plain sentences.
const TUNE_154: Templates = Templates {
    teasers: &[
        "Take action now: write to the governor and demand the release of {name} ✍️",
        "Read the full report: “Silenced in the Cells” — detention conditions in 14 countries (PDF, 41 pages) →",
        "🕯️ Join our candlelight vigil in {city} this Saturday. RSVP here »",
        "A regular donation keeps field researchers working. Become a Rights Guardian for €7/mo ❤",
        "PODCAST | Voices from the Border, ep. 12: the lawyers who won't back down — listen now 🎧",
        "Find out how our researchers document abuses in places journalists cannot reach",
        "Sign up to receive urgent actions by email and help us respond within hours",
        "Learn more about our campaign to free prisoners of conscience around the world",
        "Read our new briefing on the crackdown against peaceful protesters",
        "Every signature is delivered by hand to the embassy so please add your name today",
    ],
    forms: &[
        "First name* | Last name* | Email* | Country ▾ — [Add my name]",
        "☐ Yes, keep me updated about urgent actions and campaigns by email. You can unsubscribe at any time.",
        "12,480 of 15,000 signatures — help us reach our goal!",
        "Oops! Your signature could not be submitted. Please check your postcode and try again.",
        "Donate: €15 · €30 · €60 · € ___ [Monthly ✓] [Single gift]",
        "Accepting analytics helps us learn which petitions people read and share most",
        "Thank you for taking action. Your message has been sent to the minister",
        "Search reports, news and urgent actions",
        "This page is also available in Portuguese and Turkish",
        "Please enter a valid email address to continue",
    ],
    navigation: &[
        "Home › Latest › News › {topic}",
        "Urgent Actions | Reports | Campaigns | Volunteer | Give",
        "« Previous urgent action | Next urgent action »",
        "Spread the word: Facebook · Telegram · Signal · Mastodon · 🔗",
        "↑ Back to top",
        "Skip to main content",
        "Research and reports",
        "Download the report in Spanish or French",
        "Page 2 of 14",
        "Country profiles by region",
    ],
    bylines: &[
        "By {name}, Researcher on Central Asia — {city}",
        "Photo: © {name2} for Libertas Collective",
        "Press office: {handle}@rightsfirst.org | +44 (0)20 7946 0321 (24h)",
        "Arabic translation: {name2}; field interviews: {name}.",
        "This urgent action was first issued in early spring and now includes new information",
        "Names of some witnesses have been changed to protect their safety",
        "Written by the crisis response team alongside partner lawyers in Nairobi",
        "She is a lawyer who has observed political trials across North Africa since 2011",
        "We corrected this statement because it first listed an incorrect hearing date",
    ],
    headlines: &[
        "Tunisia: Authorities must drop charges against 12 lawyers",
        "“They beat us until we signed”: torture in pre-trial detention exposed",
        "Global: Recorded executions hit decade high — new figures",
        "Kenya: Families of the disappeared demand the truth, 5 years on",
        "Climate activists face growing restrictions across Europe",
        "Migrant workers left unpaid after stadium project collapses",
        "Court frees journalist after two years behind bars",
        "New law threatens the work of independent charities",
    ],
    topics: &[
        "prisoners of conscience",
        "the death penalty",
        "freedom of expression",
        "refugee rights",
        "enforced disappearances",
    ],
    names: &[
        "Leyla Haddad",
        "Tomasz Wierzbicki",
        "Amara Okonkwo",
        "Rafael Quispe",
        "Hana Sato",
    ],
    seed: 154,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a weekly news magazine's site with its print-replica edition.
const TUNE_155: Templates = Templates {
    teasers: &[
        "Cover story this week: {topic} — plus 14 pages on the fallout. Read the cover pages now ›",
        "Vault pick, 1987: our earliest reporting on {topic}. Subscribers can browse all 3,100 back issues free.",
        "📰 Thursday's print-replica edition unlocks at 6 a.m. — pages, ads and crossword exactly as on paper.",
        "ALSO INSIDE ISSUE 42",
        "Also in print: {headline}",
        "Give a year of the magazine for £49 — we post a gift card so it arrives before Christmas →",
        "Listen: a pair of editors clash over {topic} in “Seven Days”, 28 min. 🎧 Episodes drop Fridays.",
        "Special edition: 100 years of our covers, now a 212-page collector’s issue. Order yours while stocks last.",
        "ADVERTISEMENT · Partner content from Harbourline Private Bank",
        "Get the Friday Digest: five pieces from the magazine, picked by the editor-in-chief. No spam — just good reading.",
    ],
    forms: &[
        "Just 1 gratis article left for October. Subscribe and every issue comes to your letterbox and your tablet.",
        "Print reader already? Type the reader ID from your label to switch on the digital edition — it's included.",
        "Subscription number (see the address label on your copy)",
        "Your e-paper download stopped. Tap “Retry” once you are back online — issues over 80 MB can be slow.",
        "Choose your plan: Digital €9.99/month · Print + Digital €17.50/month · Student €4.99/month",
        "Cookies keep downloaded issues readable offline and feed our circulation statistics. Agree | Adjust",
        "Search 60 years of back issues… (e.g. “{topic}”, 1994)",
        "Holiday stop: pause delivery of your print copy while you're away. Anything sent after Tuesday noon kicks in one issue later.",
        "Letters: we edit for length; sign with name plus town. 250 words at most.",
        "Sold out. Email me if issue 37/2019 is reprinted",
    ],
    navigation: &[
        "Magazine › Current Issue › Politics",
        "Home | This Week | E-Paper | Back Issues | Podcasts | Shop | Subscribe",
        "◀ Prev   p. 24 / 132   Next ▶",
        "Issue 42 · 19 October",
        "Zoom + · Zoom − · Single page · Spread view · Contents",
        "Back to issue overview",
        "Share  ✉  🖨  WhatsApp  Bluesky",
        "1  2  3 … 18  Older issues »",
        "Skip navigation",
        "Jump to: Letters · Books & Arts · Obituary · The Puzzle Page",
    ],
    bylines: &[
        "By {name} and {name2} | Issue 41, 12 October",
        "{name}, {city} correspondent, has written on {topic} for us since 2011.",
        "Illustration: {name2}",
        "First published in issue 38 as “{headline}”.",
        "{name} reported from {city}; our documentation desk checked the figures.",
        "Amended 14 Oct: this piece first gave a wrong date for the vote. Errors? Email errata@ with the issue number.",
        "Photograph: {name2}/Agence Meridien",
        "Translation from German: {name}.",
        "X/Instagram: @{handle}",
    ],
    headlines: &[
        "The slow death of Europe’s small-town bakeries",
        "Why the world’s biggest shipping firms are turning back to sail",
        "Inside the chess club that turned a prison wing around",
        "A referendum nobody wanted — and everybody will remember",
        "Can a city of 9 million run on rainwater?",
        "The surprising return of the long-distance night train",
        "How one accountant exposed a hospital fraud hidden for years",
        "Letter from Tbilisi: the winemakers who refused to leave",
    ],
    topics: &[
        "rent controls",
        "Arctic shipping routes",
        "pension reform",
        "the drone war",
        "farm subsidies",
    ],
    names: &[
        "Margit Søndergaard",
        "Kwame Asante-Boateng",
        "Lucía Ferrández",
        "Tomasz Wieczorek",
        "Priya Raghunathan",
    ],
    seed: 155,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of what a journalist reads on a phone in one day, each line from any one, at least half of
/// each field as plain sentences.
const TUNE_156: Templates = Templates {
    teasers: &[
        "📲 Breaking updates from {city} land first in Telegram — t.me/citydesk_live",
        "Tap follow and our morning posts will sit near the top of your timeline.",
        "▶️ VIDEO | {headline} (03:17)",
        "The whole thread continues over in the channel with fresh updates roughly every hour.",
        "Sponsored · Compare {topic} deals near you and save up to 40% this month →",
        "The early digest lands at seven on weekdays and takes five minutes to get through.",
        "🔥 Buzzing across {city}: ① {headline} ② Power cuts hit three districts ③ Ferry timetable shake-up",
        "A few euros each month keeps our {city} newsroom open.",
        "Continue in the app with live alerts switched on »",
        "{name} sits down with us to talk through {topic} in the latest podcast episode.",
    ],
    forms: &[
        "Reply as guest… 😊 📷 GIF",
        "Your counter allows just one more article until next month.",
        "Poll: Should {city} ban cars from the old town on weekends? ○ Yes, definitely ○ June to August ○ No way · 917 votes cast",
        "Only members can see reactions from people they follow. An account is free and quick to set up.",
        "⚠️ Couldn’t play this clip. Tap again ↻",
        "Your district and forecast choices stay stored between visits.",
        "Allow everything | Only necessary | Settings",
        "Pick your postcode and the portal switches to stories from that neighbourhood.",
        "Sign in with phone number: +__ ___ ___ ____ [Send code]",
        "The page owner has restricted who may reply here.",
    ],
    navigation: &[
        "Home › Region › {city} › Transport",
        "Back to channel",
        "Page 4 of 19 ›",
        "Load older replies",
        "Like · Comment · Share · 3 h",
        "Front page Local Football Weather Property Jobs Death notices",
        "👁 12.4K views · edited 14:07",
        "Slide the card to continue with another local story.",
        "⬆ Top | Aa | 🌙",
        "Previous post",
    ],
    bylines: &[
        "{name} · Staff writer · ⏱ 6 minutes",
        "{name} wrote from {city} while {name2} added material gathered in the capital.",
        "✍️ {name} | 📸 {name2}",
        "Pictures taken by {name} exclusively for our portal.",
        "Posted by City Desk Live ✔ · 21 March at 08:15 · 🌐",
        "English translation of the Polish original by {name2}.",
        "{name} posts as @{handle} on X • Tips: tips@citydesk.example",
        "Edited by {name2}. Requests for a fix are handled by the desk in {city}.",
    ],
    headlines: &[
        "Late services on five tram lines scrapped as operator blames driver shortage",
        "“We had ten minutes to leave”: residents recall the flood night",
        "Grandmother wins seaside allotment dispute after eleven years",
        "Petrol up 7 cents overnight — why drivers are queuing at 6am",
        "Hospital car park fees return after short pause",
        "{topic}: 5 things to know before Monday",
        "Bike path along the embankment approved despite shopkeepers protest",
        "Watch: firefighters rescue kitten from 12-storey crane 🐱",
    ],
    topics: &[
        "water tariffs",
        "the tram extension",
        "school closures",
        "rental prices",
        "the race for city hall",
    ],
    names: &[
        "Ilona Varga",
        "Tomasz Wierzbicki",
        "Aisha Okonkwo",
        "Mateo Rinaldi",
        "Hana Sugimoto",
    ],
    seed: 156,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// the English-language site of a local radio station in north-west Pakistan broadcasting in Pashto and Urdu, at least half of each field as plain sentences.
const TUNE_157: Templates = Templates {
    teasers: &[
        "Tune in for the Pashto news bulletin on the hour from seven in the morning until midnight.",
        "▶ LIVE FROM THE STUDIO — Ghag FM 98.6 Peshawar | Pashto & Urdu, 24/7",
        "Read more: {headline}",
        "Our evening phone-in Jirga Hall takes your calls on {topic} every Thursday after the nine o'clock news.",
        "📻 Put Ghag FM in your pocket with our Android app: tappay, ghazals and hourly bulletins wherever you are »",
        "If you could not catch Sahar Da Khyber before work, each breakfast programme can be heard on this website for a month.",
        "ALSO ON AIR: Kisan Hour with {name} — crop and weather advice in Pashto, Mon–Sat 6:30 am PKT",
        "Our free WhatsApp alerts warn listeners in Swat, Dir and Chitral about floods and closed roads in Urdu and Pashto.",
        "Keep community radio alive in Khyber Pakhtunkhwa 🙏 Donate via JazzCash / Easypaisa →",
        "The daily wheat and vegetable rates from the Peshawar mandi are sponsored by a Mardan seed company.",
    ],
    forms: &[
        "Nothing you post here goes up until a station moderator checks it. You may write in English, Urdu or Pashto.",
        "Name* | Email* | Mobile (optional) | Your message",
        "Dedicate a song to someone you love. Tell us who you are, which village you are from and which singer you would like.",
        "⚠ Player error: the transmitter is down during load-shedding. Please try again later.",
        "QUICK VOTE: Extend the BRT to Hayatabad Phase 7?  ○ Haan  ○ Na  ○ Undecided   [Submit]",
        "Ghag FM stores small cookies to remember your volume and language. [Theek hai] [Options]",
        "Find a programme, presenter or bulletin…",
        "Please sign in with your listener club number to take part in the Eid quiz.",
        "Shukriya. The studio has received your note and the presenter may read it during the programme.",
        "Type the four digit PIN from the text message to finish registering.",
    ],
    navigation: &[
        "Home › News › Khyber Pakhtunkhwa › {topic}",
        "Home | Live Radio | Pashto News | Urdu News | Programmes | Schedule | Contact",
        "Press here to hear Ghag FM live.",
        "◀ Previous bulletin    |    Next bulletin ▶",
        "Pass it on:  WhatsApp  •  imo  •  Facebook  •  🔗",
        "Scroll up to the menu.",
        "❚❚ Pause   🔊 Volume   03:47 / 19:05",
        "Today on Ghag FM, hour by hour.",
        "Read our Urdu and Pashto editions.",
        "Show earlier reports from Peshawar and the valleys.",
    ],
    bylines: &[
        "{name} sent this story from Bannu.",
        "Reporter: {name} | Desk editor: {name2}",
        "The English text is by {name2}, based on our Pashto broadcast.",
        "Photo: Ghag FM / {name}",
        "{name} reads the morning news in Urdu and has been our voice in the former FATA districts since 2012.",
        "Updated 22 Nov 2023, 18:05 PKT • Peshawar",
        "{name} recorded this audio report in {city}, while {name2} gathered reactions in Mingora.",
        "{name} on X: @{handle} · Story tips to the newsroom on WhatsApp",
        "To point out an error in this story please call the news desk during office hours.",
    ],
    headlines: &[
        "Atta costlier again in Peshawar bazaars as Ramazan nears",
        "Traders in Landi Kotal shut shops over delays at Torkham crossing",
        "Swat River level drops after three days of heavy rain",
        "Polio teams to visit every home in Bannu division next week",
        "‘We have no school left’: Bajaur parents appeal for rebuilding",
        "KP cabinet approves Rs2bn relief package for Chitral glacier flood victims",
        "Shangla students top Swat board matric results — full list",
        "Gas load-shedding: Mardan residents block Charsadda road, protest enters day three",
    ],
    topics: &[
        "gas load-shedding",
        "the Torkham border",
        "wheat procurement",
        "polio vaccination",
        "tourism in Swat",
    ],
    names: &[
        "Zarmina Khattak",
        "Ijaz Durrani",
        "Rukhsana Mehsud",
        "Daniel Okafor",
        "Elif Demirci",
    ],
    seed: 157,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// an aviation and airline-industry news site.
const TUNE_158: Templates = Templates {
    teasers: &[
        "✈️ The Daily Departure Board: fleet orders, route launches and slot swaps, landing before 7am UTC. Free, weekdays",
        "READ NEXT: {headline}",
        "New on Holding Pattern, our podcast: {name} and {name2} dig into why widebody deliveries keep slipping. 🎧",
        "Pro members: the Q3 fleet-tracker spreadsheet (every narrowbody parked since March) can be downloaded here →",
        "Sponsored | Predictive maintenance is shrinking turnaround times at regional operators",
        "Trending in the hangar ▸ {headline} ▸ A321XLR certification slips again ▸ Four-engine jets are quietly coming back",
        "More on {topic}: our route-by-route explainer maps every new service announced for winter 2025/26.",
        "Watch: cockpit view as the crew flies the final approach into {city} — 4:12",
        "Gate changes, delays and breaking airline stories as push alerts — install FlightLine for iPhone or Android 📲",
        "Find our {topic} coverage useful? Chip in to keep independent aviation journalism airborne — less than an airport espresso monthly.",
    ],
    forms: &[
        "November's gratis briefings: used up. Go Pro for fleet data, MRO analysis and our entire order-book archive.",
        "Your business email address — the Cargo & Freighter Bulletin drops every Tuesday",
        "Post comment",
        "QUICK VOTE — Pay extra for a guaranteed empty middle seat? ○ Yes ○ Only on long-haul ○ Never | See results",
        "Cookie choices: we plus 187 ad-tech firms read device identifiers to serve relevant ads and audit traffic. Essentials only · Customise · Allow",
        "Search flights, airlines, airports or aircraft types…",
        "Covered by your employer's site licence? Authenticate through your airline's single sign-on to carry on.",
        "⚠ ADS-B feed lost (503). Hit ↻ and we'll try again.",
        "Entries are published only after an editor signs them off. Be civil, stay on topic — and don't post crew names or tail-number photos of incident aircraft.",
        "Role* Employer* Number of aircraft operated ▾ — ☐ Send me invitations to partner conferences",
    ],
    navigation: &[
        "Home › Airlines › Low-Cost Carriers › Europe",
        "Commercial | Defence | Business Aviation | MRO | Airports | Space",
        "« Earlier in Airlines | Later in Airlines »",
        "Viewing: pg. 3 (of 11) · further pages ›",
        "Forward this ➜ Threads / Bluesky / Signal / e-mail",
        "Skip menus ↓",
        "⇧ Top",
        "▶ ⏸ 02:41 — 07:26 🔊 Subtitles ⛶",
        "AIRPORTS",
        "Fleet Data · Route Map · Order Book · Events · Jobs Board",
    ],
    bylines: &[
        "By {name}, Air Transport Editor",
        "{name} | {city} | Last amended 09:52 UTC",
        "Photo: {name2} / AirlinerSpotters",
        "{name} writes on airline finance and aircraft leasing out of {city}; previously a dispatcher with a charter operator for nine years. X: @{handle}",
        "{name2} contributed from {city}.",
        "Notice something inaccurate? Write to fixes@flightlinedaily.example with the link to the story.",
        "Graphic: fleet figures compiled from operator filings by {name2}.",
        "Adapted from a report by our Frankfurt bureau; translation: {name}.",
        "— {name}, Senior Correspondent, Safety & Accidents",
    ],
    headlines: &[
        "Gulf carrier finalises order for 40 widebodies in deal worth billions at list prices",
        "Controllers' walkout in Mediterranean airspace forces cancellation of 900 departures",
        "Startup airline's first aircraft arrives three months late after paint-shop delay",
        "Regulator opens inquiry after tug collision damages jet at busy hub",
        "Budget airline reports record summer load factor despite rising fuel bill",
        "Engine maker warns of further spare-parts shortages into next year",
        "Island nation's flag carrier seeks new partner as restructuring deadline nears",
        "Pilots vote to accept pay deal, ending months of industrial action",
    ],
    topics: &[
        "narrowbody deliveries",
        "sustainable aviation fuel",
        "airport slot allocation",
        "pilot shortages",
        "cabin retrofits",
    ],
    names: &[
        "Ingrid Solberg",
        "Kwame Asante",
        "Mariana Cordeiro",
        "Hiroshi Tanabe",
        "Farah Qureshi",
    ],
    seed: 158,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a South Asian diaspora community newspaper in Britain, at least half of each field as plain
/// sentences.
const TUNE_159: Templates = Templates {
    teasers: &[
        "Turn to page twelve of the paper this Friday for eight pages on the Vaisakhi parade in Leicester.",
        "Have the paper posted to your home each week for less than the price of a plate of samosa chaat.",
        "Our short breakfast bulletin reaches subscribers every weekday, packed with news from Britain and the subcontinent",
        "Two Bradford councillors argue about {topic} in episode nine of Chai Time, our weekly audio show.",
        "Support independent community journalism by becoming a reader member today.",
        "📰 ALSO READ: {headline}",
        "► Watch: Dhol players surprise commuters at Birmingham New Street (video, 3:17)",
        "Sponsored | Zero-fee transfers home to Lahore, Dhaka & Amritsar on your opening remittance* — conditions apply",
        "TRENDING ↗ ❶ {headline} ❷ Mehndi night row splits Southall temple committee ❸ Heathrow delays hit Eid travellers",
        "Place a matrimonial, business or obituary notice in our next issue: call 0121 496 0328 (Mon–Fri, 10am–5pm)",
    ],
    forms: &[
        "Three stories read, two left. Your quota refills when the calendar month turns over.",
        "Only registered subscribers may comment here. Registration costs nothing and takes sixty seconds.",
        "Many thanks. Every response gets a human look from our staff before publication.",
        "Our pages keep tiny text records in the browser of each visitor so they open quicker and the adverts suit you.",
        "Apologies, the voting panel did not show. Reopen the story to vote again.",
        "Postcode ▸ ______ Locate mosques, mandirs & gurdwaras close by [ Go ]",
        "READERS’ POLL: Do MPs take {topic} seriously enough? ◯ Definitely ◯ Hardly ◯ Undecided — Submit",
        "Display name* | Email* (not shown publicly) | Your reply… — Submit reply",
        "✉️ Friday round-up → reader@mailbox.test [Add me] Joining confirms consent to our use of personal data.",
        "Allow everything / Choose which cookies ⚙",
    ],
    navigation: &[
        "Home > Community > Birmingham & Black Country",
        "News | Business | Bollywood | Cricket | Matrimonial | Obituaries | E-paper",
        "« Earlier article  |  Following article »",
        "Forward ➜ WhatsApp · Print · Telegram · Facebook · ✉",
        "▲ Top",
        "Go past the navigation straight into the story",
        "Flick through this week online in our page viewer",
        "You are reading page two, and one page remains",
        "Visit our Urdu pages",
        "More from Community News",
    ],
    bylines: &[
        "{name} reported from Leicester while {name2} filed from the London office.",
        "Pictures provided by the Sandwell Sikh Youth Association.",
        "This feature first appeared in Gujarati before being rendered in English for our readers.",
        "{name} covers Westminster, having joined from a Karachi daily newspaper ten years ago.",
        "If any detail here is incorrect, please contact the managing editor at our Hounslow office.",
        "By {name} | 11:47 BST, Thu 9 May 2024 | Last edited 13:12",
        "📷 Pic: {name2}/Community Newsroom",
        "{name} — Senior Correspondent, Bradford • @{handle}",
        "Tip us off by WhatsApp: newsdesk 07700 900418 ✆",
    ],
    headlines: &[
        "Leicester restaurant owner honoured with MBE for feeding frontline workers",
        "Southall market traders fear closure as rents double",
        "British Pakistani schoolgirl crowned champion of the UK spelling bee",
        "Planners back Gravesend gurdwara extension despite parking objections",
        "Exclusive: ‘They sent us back at passport control’ — Bradford family speaks out",
        "Cricket: England’s spinners rattle Sri Lanka at Edgbaston (VIDEO)",
        "Mela 2024: Road closures, parking and shuttle buses in Manchester explained",
        "Gold soars past £2,000 an ounce as shaadi bookings peak – Wembley jewellers react",
    ],
    topics: &[
        "Punjabi language lessons",
        "arranged marriage",
        "Eid celebrations",
        "the Asian business awards",
        "British Asian mental health",
    ],
    names: &[
        "Harpreet Sandhu",
        "Farzana Chowdhury",
        "Tomasz Wiśniewski",
        "Adaeze Okonkwo",
        "Vikram Iyer",
    ],
    seed: 159,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a press-release distribution newswire.
const TUNE_160: Templates = Templates {
    teasers: &[
        "Get this company's future announcements by email — follow the issuer in one click.",
        "MORE RELEASES ON {topic}: {headline}",
        "📈 Distribute your own announcement to 4,800+ newsrooms, trade outlets and investor portals. Plans start at $349 per release.",
        "See the multimedia gallery for this release, including 6 print-quality photos and a two-minute B-roll package.",
        "Most-viewed wire stories since midnight → {headline}",
        "Other announcements by this issuer: {headline} (3 days ago)",
        "Journalists: register for embargoed access to {topic} announcements before they hit the public feed.",
        "Webinar replay — Writing a release editors actually open. Watch free (42 min).",
        "PAID PLACEMENT | Sponsored release from a wire partner",
        "Q3 investor presentation — PDF, 2.1 MB ⬇",
    ],
    forms: &[
        "Business email — we'll send releases matching \"{topic}\" — daily digest or instant notifications.",
        "Newsroom login required. Credentialed media members can view embargoed releases and contact details after you authenticate.",
        "Select industries: ☐ Health ☐ Energy ☐ Fintech ☐ Retail ☐ Automotive   [Save preferences]",
        "Search releases by keyword, ticker or issuer",
        "Pickup-tracking cookies tell issuers where their news got republished. [Allow] [Only essential]",
        "Auto-translate failed for this release — read the text as filed, or give it another go (code 503).",
        "Request more information from the issuer: Name* Organization* Message* [Send inquiry]",
        "Your alert has been saved. You'll receive an email when {name} posts a new release.",
        "Filter by date range: Last 24 hours · Last 7 days · Last 30 days · Custom",
        "Ticker symbol not recognized. Check the exchange and try again.",
    ],
    navigation: &[
        "News Releases › Business & Finance › {topic}",
        "All News | Browse by Industry | Browse by Subject | Regional News | Multimedia Gallery",
        "‹ Older release   |   Newer release ›",
        "Post this: in · 𝕏 · f · ✉ · 🖨",
        "348 releases · showing 20 · Load more ↓",
        "▲ Top",
        "Contents: Highlights · Full text · Contacts · Attachments",
        "Newswire Home / Latest / Earnings",
        "ES | FR | DE | 日本語 | 中文",
    ],
    bylines: &[
        "SOURCE {name2} Holdings, Inc.",
        "Media contact: {name}, Director of Corporate Communications, press@{handle}group.com, +1 (415) 555-0183",
        "{city}, {name2} Systems — /Newswire/ —",
        "Handout image from the issuer, cleared for coverage of this announcement only; not for archiving or resale.",
        "Investor Relations: {name2} | ir@{handle}.io",
        "The issuer is solely responsible for the content of this announcement. The newswire did not verify or edit its claims.",
        "English text prepared by the company's communications team from the Spanish filing.",
        "CORRECTION: The release issued at 9:15 ET misstated the closing date of the acquisition; replacement text follows.",
        "Posted 08:00 ET by {name} on behalf of the company",
    ],
    headlines: &[
        "Northgate Biologics Announces Positive Topline Results from Phase 2 Study of NGB-417 in Moderate Psoriasis",
        "Halvorsen Logistics Completes Acquisition of Baltic Cold-Chain Operator for €212 Million",
        "Coastal Pine Credit Union Names New Chief Executive Officer Effective March 1",
        "Aurelia Foods Recalls Select Lots of Frozen Spinach Due to Possible Listeria Contamination",
        "Meridian Grid Solutions Secures $68M Series C to Expand Battery Storage Across the Midwest",
        "Greenfield School District Foundation Launches Scholarship Fund for First-Generation College Students",
        "Tessaro Semiconductor Reports Fourth Quarter and Full-Year 2024 Financial Results",
        "Kiwano Apparel Opens Flagship Store in Lisbon, Its First in Southern Europe",
    ],
    topics: &[
        "renewable energy",
        "clinical trials",
        "mergers and acquisitions",
        "consumer electronics",
        "nonprofit grants",
    ],
    names: &[
        "Priya Raghunathan",
        "Tobias Lindqvist",
        "Adaeze Okonkwo",
        "Mateo Villanueva",
        "Hana Kobayashi",
    ],
    seed: 160,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of what a mediator's staff reads in a week, each line from any one, at least half of each
/// field as plain sentences.
const TUNE_161: Templates = Templates {
    teasers: &[
        "Read next: Council renews observer mandate in divided border region",
        "Get our Tuesday digest on war, peace and those who broker it.",
        "► Listen: The Room Behind the Room, ep. 57 — {name} on back-channel diplomacy",
        "This commentary sits within a collection examining mediation where wars have dragged on for decades. All essays are listed on the series page.",
        "⬇ Full report in PDF (2.7 MB, 64 pp.)",
        "Reporting on {topic} costs money and time. A modest monthly contribution keeps correspondents on the ground.",
        "RELATED | {headline}",
        "Follow Assembly sessions and field missions wherever you are, with an app that runs on Android handsets and iPads.",
        "🎧 Fresh episode: When the shooting stops, whose rules apply? →",
        "The institute's newest policy paper on {topic} exists in Arabic, French and Russian editions too.",
    ],
    forms: &[
        "Leave an address and the Sahel bulletin lands with you every second Monday.",
        "4 of 6 gift reads used this month · Membership removes the cap →",
        "Measurement tags on these pages let the newsroom see which stories find an audience and in what language. Reject or adjust them from the settings in the footer.",
        "Search resolutions, statements and daily briefings…",
        "Moderators have turned off posting beneath this essay.",
        "Have your say: Would a regional force keep the peace better than blue helmets? ○ Support ○ Oppose ○ Can't say",
        "Home delivery customer? Connect your delivery number | Open a free profile",
        "Something went wrong while drawing the casualty map. Reload, or look again shortly.",
        "✔ Last step: look for our verification note and use its green link to turn your alerts on.",
        "Tick a regional mailing list, or several, before you press send.",
    ],
    navigation: &[
        "Home › International › Asia-Pacific › Myanmar",
        "Return to headline",
        "Share ✉ 🖨 Telegram Bluesky 𝕏",
        "Preceding report Following report",
        "Meetings Coverage and Press Releases",
        "‹ Newer | 9 / 14 | Older ›",
        "Go straight to the story",
        "1:14 / 08:52 ⏸ Mute CC",
        "Research Programmes Regions Events Publications Experts About Us",
        "Analysis / Commentary / {topic}",
    ],
    bylines: &[
        "Words by {name} in {city}, with {name2}",
        "{city} (AFP) —",
        "Peacekeepers on patrol outside the town. UN Photo/{name}",
        "{name} heads mediation support for the centre. Before that she advised two special envoys on {topic}.",
        "Contributing: {name2} in {city}. Text by {name}, subedited in London",
        "Our staff rendered this piece from Portuguese. The original appeared in a partner paper in Maputo.",
        "X: @{handle} · Signal number shared with sources on demand",
        "Believe a fact here is wrong? Our ombudsman weighs every complaint, usually within the week.",
        "Revised 17:05 UTC · approx. 9 min",
    ],
    headlines: &[
        "Detainee swap negotiations falter amid mutual recriminations",
        "Drought sends maize costs soaring across southern Africa",
        "Lending rate left on hold as governor shrugs off exporter lobbying",
        "Rescuers dig through mud after hillside collapse swallows highland hamlet",
        "Opposition chief: “No deal drafted in foreign capitals will bear our signature”",
        "Explainer | The Nile dam row, and why it refuses to go away",
        "LIVE | Election results from the capital as counting continues",
        "Fishing quota deal collapses after 18 hours of negotiation – so where do the fleets go from here?",
    ],
    topics: &[
        "ceasefire monitoring",
        "humanitarian access",
        "the transitional charter",
        "refugee returns",
        "maritime boundaries",
    ],
    names: &[
        "Amara Okonkwo",
        "Lars Henriksen",
        "Yusra Haddad",
        "Mateo Villalobos",
        "Keiko Tanabe",
    ],
    seed: 161,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a small European country's public broadcaster's English site, at least half of each field as
/// plain sentences.
const TUNE_162: Templates = Templates {
    teasers: &[
        "Every edition of the nightly bulletin remains on the NRT Player for a month once it has aired.",
        "Didn't catch the call-in about {topic}? ▶ Replay it on NRT Radio 1 — 52 min",
        "Our podcast Small Country Big Questions drops a new episode each Wednesday and is free on every podcast app.",
        "📺 Tonight 21:05, NRT Two: a documentary special on {topic}. Add to my watchlist →",
        "The whole hour with {name} is on Sunday Breakfast with Ruth and you can play it back any time.",
        "RELATED COVERAGE ▸ {headline}",
        "Put the NRT Radio app on your phone and take all five stations with you on the road.",
        "Sign language edition of today's news » NRT Player (ISL interpreted)",
        "Most of our drama series now carry subtitles and audio description.",
        "Archive gem: 1978 — islanders decide the fate of the harbour. Original report (4 min) ▸",
    ],
    forms: &[
        "Your TV licence is due for renewal and you can pay online using your licence number.",
        "Licence number: [__________]  Postcode: [______]  ▶ Check my licence",
        "The programme guide has not loaded and our team is working to restore it.",
        "🍪 Cookies help NRT count viewers and remember your player choices. Allow all | Customise",
        "Commenting is open to registered NRT account holders only.",
        "Was this information helpful? 👍 👎",
        "Our broadcast rights end at the national border for these pictures.",
        "Search by show title, host or channel…",
        "Each Friday our mailing list receives the TV and radio picks for the week ahead.",
        "Font − / + · Dark mode ◐ · Hear this page 🔊",
    ],
    navigation: &[
        "Home › News › National › {topic}",
        "Bypass menu",
        "TV | Radio | News | Sport | Weather | Player | Licence",
        "Return to the top",
        "« Yesterday   Today   Tomorrow »",
        "Accessibility options",
        "Forward ↗ Facebook · WhatsApp · Messenger · Mail",
        "Radio schedules for all stations",
        "01:12 / 03:58  ⏸  🔇  CC  ⛶",
        "Show more regional reports",
    ],
    bylines: &[
        "By {name}, NRT News",
        "The author is a senior reporter with the NRT regional newsroom.",
        "Photo: {name2} / NRT",
        "Reporting assistance came from the western islands bureau.",
        "Published 07:32, updated 11:15 — {name} (@{handle})",
        "NRT English adapted this story from an item originally broadcast in the national language.",
        "📷 Archive image © NRT Photo Library",
        "Inaccuracies can be flagged to the NRT standards office at any time.",
    ],
    headlines: &[
        "Winter ferry timetable trimmed after operator loses six deckhands",
        "Broadcaster to move two radio stations to digital only from next spring",
        "Rural GP surgeries struggle to fill posts as health board admits shortfall",
        "North coast choir takes European festival title again",
        "Parliament committee questions minister over €40m water scheme",
        "“Nobody asked us”: residents angry at quarry expansion plans",
        "Fishing quotas: talks in {city} end without agreement",
        "Weather warning upgraded to orange as gales hit western islands ⚠️",
    ],
    topics: &[
        "licence fee reform",
        "coastal erosion",
        "housing costs",
        "the national language",
        "local elections",
    ],
    names: &[
        "Siobhán Kerrigan",
        "Tomas Vella",
        "Anneli Rasmussen",
        "Kwame Osei",
        "Marek Dvořák",
    ],
    seed: 162,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// an agriculture-commodities and food-security news service.
const TUNE_163: Templates = Templates {
    teasers: &[
        "Grains, oilseeds and softs wrapped 15 min past the CBOT close, weekdays → The Settlement Sheet newsletter",
        "ELSEWHERE IN MARKETS: {headline}",
        "🌾 Our harvest-season podcast, Field to Futures, unpacks {topic} with growers and brokers. New episode every Thursday.",
        "Premium members see basis maps for 1,200+ country elevators. First 14 days cost nothing",
        "Read more: Why {topic} could redraw wheat flows out of Novorossiysk and Constanța this winter",
        "PARTNER CONTENT | Delta co-op trims grain-drying bills by 22% with moisture sensors — paid for by AgriDry Systems",
        "Trending among traders\n1. {headline}\n2. Fertilizer tender draws thin offers\n3. Rains stall Mato Grosso planting",
        "📲 Alerts the moment corn, wheat or soy jumps — AgriWire app for iPhone & Android",
        "Want the full WASDE breakdown? Our analysts go line by line in tomorrow's members-only webinar.",
        "Independent reporting on hunger and food prices depends on readers. Give before 31 March and a donor doubles it.",
    ],
    forms: &[
        "Work email → Weekly Crop Outlook, free every Monday  [Join]",
        "Final complimentary market report for October. Pro members get every price table, chart and trader alert.",
        "This site sets trackers for audience stats and bid-alert tailoring. [OK] [Settings]",
        "POLL: December corn at expiry — your call? ○ Below $4.20 ○ $4.20–4.60 ○ Above $4.60  [Vote]",
        "Set a price alert: Commodity [Soybeans ▼]  Trigger [____] ¢/bu  [Create alert]",
        "Live quotes could not load (code 503). Retry ↻",
        "Log on as a subscriber for cash bids near your farm",
        "Discussion (14) — our farm desk screens every reply first. Handle* · Email* (hidden)",
        "Search markets, crops, countries…",
        "Idle timeout: you were signed out. Re-enter your password to resume this report.",
    ],
    navigation: &[
        "Home › Markets › Grains › Wheat",
        "Markets | Weather | Livestock | Inputs | Policy | Food Security | Opinion",
        "‹ Older  |  Newer ›",
        "Share this report: 🔗 · LinkedIn · WhatsApp · Telegram · ✉",
        "Part 2 of 4: Storage and basis »",
        "Skip to price tables",
        "▲ Top",
        "FOOD SECURITY",
        "1:17 / 5:09  ▶ Play  🔊  CC  ⛶",
        "Tags: {topic}, futures, exports, harvest",
    ],
    bylines: &[
        "By {name}, Commodities Correspondent",
        "{city}, Oct 14 (AgriWire) —",
        "Story: {name} ({city}). Extra reporting: {name2}. Desk editor: Maria Stavrou",
        "{name} covers grain markets and farm policy from {city}. Six harvests merchandising cash grain in Kansas came before journalism. @{handle}",
        "Photo: Combines harvest soybeans near Rosario, Argentina. (Credit: {name2}/AgriWire)",
        "Chart data: CME Group, USDA FAS. Graphic by {name2}.",
        "Adapted from our Portuguese-language edition by {name2}.",
        "Price error? datadesk@agriwire-news.com",
        "Reach {name}: {handle}@agriwire-news.com | +1 515 555 0187",
    ],
    headlines: &[
        "India extends ban on non-basmati white rice exports through next season",
        "Cocoa futures notch all-time peak with Ivory Coast port arrivals down 30%",
        "Desert locust outbreak spreads into eastern Ethiopia's sorghum belt, FAO warns",
        "Brazil's safrinha corn crop revised lower after late frost",
        "Egypt's state buyer books 480,000 tonnes of Russian wheat in surprise tender",
        "Dairy prices slide for fourth straight GDT auction",
        "Kenya fertiliser subsidy delayed as planting window narrows",
        "Palm oil stocks in Malaysia climb to 11-month high",
    ],
    topics: &[
        "wheat export quotas",
        "soybean crush margins",
        "the fertilizer price spike",
        "the Sahel lean season",
        "rice stockpiling",
    ],
    names: &[
        "Ingrid Halvorsen",
        "Tunde Okafor",
        "Priya Raghunathan",
        "Mateo Cardozo",
        "Wen Jiahui",
    ],
    seed: 163,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a foundation's global health and epidemics news site, at least half of each field as plain
/// sentences.
const TUNE_164: Templates = Templates {
    teasers: &[
        "Our outbreak tracker refreshes on weekdays with new case counts from health ministries",
        "Explainer on how measles moves through classrooms and why the second dose matters",
        "Join the Pathogen Brief for a Friday roundup of global health news by reporters across 30 countries",
        "Field nurses describe a cholera response in their own words on the new Outbreak Hours",
        "Donations fund reporters in outbreak zones when the next epidemic hits",
        "▶ WATCH: Inside a cold-chain warehouse shipping {topic} doses to 14 countries (4:12)",
        "MORE ON {topic}: {headline} →",
        "🦠 Interactive map — see where new mpox clusters were reported this week",
        "Ask the Expert: Dr. {name} takes reader questions on {topic}. Submit yours by Thursday »",
        "Underwritten by a partner foundation. Editorial decisions are ours alone. How we're funded ›",
    ],
    forms: &[
        "Outbreak warnings for the places you care about sent by email. Type an address to begin",
        "The foundation measures tracker visits with analytics cookies, which you may disable in settings",
        "Verification pending. Health warnings start after you confirm through the link our alerts team emailed",
        "The case map is taking longer than expected. We are working on it",
        "Which vaccine topic should our experts tackle next",
        "Email* | Country/region ▾ | ☐ Also send me vaccine updates  [Subscribe]",
        "Explainers used this November: 4/6. Unlock more by registering, no charge →",
        "Search outbreaks, diseases, countries…",
        "Comments (12) — Members may reply. Be respectful & link to sources.",
        "[Allow cookies] [Only necessary] [Cookie settings]",
    ],
    navigation: &[
        "Home  ›  Outbreaks  ›  {topic}",
        "Trackers | Vaccines | Ask an Expert | Datasets | Our Foundation",
        "Skip navigation",
        "Page 9 of 23   ‹ Prev | Next ›",
        "Forward ➜ Signal · WhatsApp · Bluesky · Mail · 🔗 Copy URL",
        "Return to outbreak tracker",
        "Top ↑",
        "Hear this article read aloud",
        "Global Health Desk",
        "Vaccines desk picks",
    ],
    bylines: &[
        "By {name} and {name2}, Global Health Correspondents",
        "{city} · last revised 16:22 GMT",
        "Reported from {city} by {name}, {name2} contributed. Desk editing: health team.",
        "Pictures drawn from the foundation photo library",
        "Find her @{handle} — confidential tips go through our secure drop",
        "Translated and condensed from Portuguese coverage by our Maputo partner Jornal Saúde Hoje",
        "A former polio eradication epidemiologist in West Africa, she covers vaccines and disease surveillance",
        "If a figure we cited looks wrong, the accuracy editor publishes every fix on the transparency page",
    ],
    headlines: &[
        "Dengue surges across coastal cities after monsoon arrives early",
        "Oral rehydration salts scarce in rural clinics, nurses say",
        "Third region begins malaria shots following long delays",
        "Why tuberculosis remains the deadliest infectious disease on earth",
        "Q&A: Five things scientists are still learning about H5N1 in dairy cattle",
        "Marburg outbreak declared over after 42 days with no new cases",
        "“We ran out of beds by noon”: a doctor's account from the cholera ward",
        "Funding gap threatens polio campaign in 2025, officials warn",
    ],
    topics: &[
        "cholera vaccination",
        "mpox",
        "antimicrobial resistance",
        "malaria prevention",
        "pandemic preparedness",
    ],
    names: &[
        "Amara Okonkwo",
        "Tomás Villarreal",
        "Priya Raghunathan",
        "Henrik Lindqvist",
        "Mei-Lin Chau",
    ],
    seed: 164,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a chain-owned local newspaper's site in a mid-sized American city.
const TUNE_165: Templates = Templates {
    teasers: &[
        "Friday night finals the second the horn sounds — grab the Sentinel-Ledger app and flip on prep score pushes.",
        "RELATED: {headline}",
        "Need visitation details for a neighbor or relative? Browse decades of local death notices and guestbooks in our obituary section.",
        "Print subscribers: your membership already includes the replica edition of Sunday's print run. Open it ›",
        "Can't get enough {topic} coverage? The no-cost Ridgeport Rundown newsletter arrives Monday through Friday before sunrise.",
        "🏀 Cast your ballot: Which area standout earns this week's Athlete Spotlight? Voting ends Thursday at noon.",
        "Sponsored: Why Tri-County homeowners are rethinking their roofs before storm season",
        "🎧 Out now: {name} and the Bleacher Talk crew sort through the sectional seedings",
        "Trending now in Ridgeport: {headline}",
        "See something happening around town? Our editors accept pictures and leads through a confidential tip portal.",
    ],
    forms: &[
        "That's the last no-charge story October allows. Keep reading — 99¢ monthly through spring.",
        "Print customer? Pair your doorstep-delivery account to unlock digital at no added cost.",
        "Place a Legal Notice — Select notice type: Foreclosure | Probate | Public Hearing | Bid Request",
        "Submit an obituary: Sunday placements close 3 p.m. Friday. Attach one photo (5 MB max).",
        "Email*  [ Join ]",
        "Ridgeport Sentinel-Ledger, along with ad vendors, keeps cookies on this device so we know what you read and can choose which ads appear. Tap “OK” to allow them, or manage your choices.",
        "Coaches: phone in or upload final scores by 10:30 tonight. Home team / Visitor / Final / Contact number",
        "Discussion is paused on this article — check back shortly.",
        "Find a notice — deceased's surname, city, or mortuary",
        "Subscriber exclusive. Already paying for the paper? Sign in above — every subscription pays for reporters covering Ridgeport.",
    ],
    navigation: &[
        "Home › Sports › High School › Football",
        "Local  Sports  Obits  Opinion  Life  Public Notices  Digital Edition  Jobs  Autos",
        "Share ▸ Facebook | 𝕏 | ✉ | 🖨",
        "← Earlier stories  |  3  |  Later stories →",
        "Skip to main content",
        "LOCAL",
        "↑ TOP",
        "▶ 0:47 | 🔇 | Captions | Fullscreen",
        "Gallery: Sideline scenes from Friday's rivalry game (23 images)",
        "Weather | Traffic | Crime & Courts | Education | Business",
    ],
    bylines: &[
        "{name}, Ridgeport Sentinel-Ledger",
        "{name} | Sentinel-Ledger reporter",
        "{name} covers commissioners, zoning and courts. Phone her at 555-0148 or message @{handle}.",
        "Photo: {name2} / Sentinel-Ledger",
        "Contributing: {name2}, Sentinel-Ledger Network",
        "{name} has chronicled prep athletics here since 2011. Email scores and story leads to {handle}@sentinel-ledger.com.",
        "Posted 6:02 a.m. CT Oct. 14 · Modified 9:47 a.m.",
        "Think we botched a fact? Ring the metro desk at 555-0100.",
        "AP wire reports contributed.",
    ],
    headlines: &[
        "Commissioners table parking ramp plan yet again amid cost concerns",
        "Eastview rallies past Central Catholic 28-21 in overtime thriller",
        "Beloved Highway 9 diner serves final pancakes after 62 years",
        "School trustees OK later bell schedule beginning next fall",
        "Police: Man arrested after chase ends in cornfield north of town",
        "Here's what's open and closed on Labor Day in Ridgeport",
        "Ex-county finance chief gets 18 months for embezzlement",
        "Burst pipe leaves westside homes with dry taps; repairs could take days",
    ],
    topics: &[
        "prep basketball",
        "property tax increases",
        "road construction",
        "school trustees",
        "local restaurant openings",
    ],
    names: &[
        "Darnell Whitacre",
        "Priya Ramaswamy",
        "Tomasz Kowalczyk",
        "Lucía Ferreyra",
        "Kenji Halvorsen",
    ],
    seed: 165,
};

/// Thirty-first round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the sites a ceasefire monitor scrapes on a night of heavy fighting, each line from any
/// one, at least half of each field as plain sentences.
const TUNE_166: Templates = Templates {
    teasers: &[
        "LIVE ▶ Blasts reported across three districts — every overnight development on {topic}, updated without pause",
        "Put your questions to our correspondent on where the mediation stands and she will reply on air at midday",
        "📻 Podcast — Sirens at Dusk: 22 minutes inside a roadblock shelter, taped shortly ahead of the barrage",
        "Each dawn we email a five paragraph summary of what happened along the border overnight",
        "Explainer | Which heavy weapons were meant to be pulled back under the accord? →",
        "Our crew is still out tonight and it is your contributions that keep them there",
        "Elsewhere tonight: {headline}",
        "Install the radio app and turn on push warnings for your province",
        "🗺️ Interactive: impact sites logged tonight (refreshed each half hour, works best on a laptop)",
        "Promoted by our partner. Portable satellite terminals built for aid trucks in places with no phone signal",
    ],
    forms: &[
        "Witnessed something tonight? Upload footage through our secure drop box but never risk your safety to film it",
        "⚠️ New posts load by themselves. Auto-load ● on ○ off",
        "Comment threads are off for the live blog after threats were made against our staff",
        "Meter: one unpaid article left before the 1st. Full access €1 →",
        "Register for SMS warnings and be told straight away if the ceasefire breaks down",
        "The ticker has stalled. Swipe to reload or wait a moment and reopen the page",
        "Reader vote: Does tonight's bombardment end the truce? ◯ Finished ◯ Will survive ◯ Unclear — 3,412 responses",
        "We measure traffic with trackers so the ticker stays free. [Agree] [Choose]",
        "Look up older dispatches…",
        "Accredited journalists who sign in get the communique in both languages as a PDF",
    ],
    navigation: &[
        "Home › International › Levant › Live coverage",
        "Go to newest entry",
        "◀ Older entries | More recent ▶",
        "Pass it on: Viber · WhatsApp · Telegram · 🔗",
        "Scroll up",
        "Ministry News Communiques Spokesperson Media accreditation",
        "1:12 / 5:08 ⏸ 🔇 CC ⛶",
        "Page 6 of 17",
        "Only show pinned posts",
        "URGENT | LIVE | VIDEO | ANALYSIS | {topic}",
    ],
    bylines: &[
        "{name} and {name2}, {city}",
        "Colleagues at our bureau over the border sent in eyewitness accounts used here",
        "Picture: {name}/pool photo",
        "Statement from the defence ministry press office issued just before dawn local time",
        "Our translators turned this statement into English",
        "Updated 03:12 GMT · Originally posted 20:55 GMT",
        "{name} covers the war for our channel from a town a few kilometres behind the front",
        "✉️ Got information? @{handle} is on Signal",
        "The local contributor asked us not to publish their name",
    ],
    headlines: &[
        "Rising river swamps low-lying villages as reservoir nears its limit",
        "Monetary committee leaves key lending rate untouched even as petrol climbs",
        "Club legend retires after 19 years between the posts",
        "Teachers' unions call stoppage in row over missing heating bonuses",
        "‘Everything was gone by morning’: traders trickle back to wrecked bazaar",
        "Vaccine cargo stuck on quayside amid row over import paperwork — officials",
        "VIDEO: Aerial shots show the blaze near {city} spreading into farmland",
        "Wheat shipments climb to an 18-month peak after sea lane reopens",
    ],
    topics: &[
        "the no-fire strip",
        "aid convoys",
        "the detainee exchange",
        "cross-border rocket fire",
        "truce observers",
    ],
    names: &[
        "Leyla Mammadova",
        "Tomás Ferreyra",
        "Nkechi Obi",
        "Yusuf Haddad",
        "Ingrid Solberg",
    ],
    seed: 166,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a provincial police force's and home department's press-release and public-notice pages, at
/// least half of each field as plain sentences.
const TUNE_167: Templates = Templates {
    teasers: &[
        "The complete advisory on cyber fraud targeting pensioners is on the Home Department portal.",
        "📢 Receive road closure & missing-person appeals on SMS — text JOIN POLICE to 56070",
        "Related release: {headline}",
        "Download the Citizen Services app to report a lost document or verify a tenant on your smartphone.",
        "► Watch: Superintendent {name} briefs the media on the {topic} operation (4:12)",
        "Older releases from the Traffic Branch can be browsed year by year under the Media Centre menu.",
        "Have information? Call Crime Stoppers anonymously at 1-800-222-8477 or send a tip online ➜",
        "Our monthly community bulletin carries safety tips, recruitment news and station contact numbers.",
        "Further in Publications: Annual Crime Statistics 2023 (PDF, 960 KB) | Road Safety Week schedule",
        "Locate the nearest police station and the officer on duty with the district map on the home page.",
    ],
    forms: &[
        "Rate this notice ☆☆☆☆☆ (1 = poor, 5 = excellent)",
        "Type the code displayed in the box before sending your feedback.",
        "The portal keeps session cookies only so that your preferred language and font size stay the same between pages.",
        "Filter notices: District ▾  From date 📅  Keyword…  [ Go ]",
        "This attachment cannot be opened at present as the server is undergoing maintenance. Kindly check back after some time.",
        "Grievance No.* ________   Mobile No.* ________   [Get OTP]",
        "The page stayed idle for 15 minutes so we ended your session. Sign in once more to resume your application.",
        "⚠ Fields marked * are mandatory. Attach scans up to 2 MB each (JPG/PDF only).",
        "Register your mobile number and we will forward every public notice for your district by email.",
        "Poll: Should helmets be compulsory for pillion riders too?  ○ Strongly support  ○ Oppose  ○ Undecided — View results",
    ],
    navigation: &[
        "Main Page / Media / Police Press Notes / June 2024",
        "Skip to the press note",
        "« Older notice | Newer notice »",
        "Screen Reader Access | Font −  Reset  + | High Contrast",
        "Return to the list of public notices",
        "Share this notice ➤ Telegram | Koo | X | Mail | 🖨",
        "Showing 21 to 30 of 468 releases",
        "Home Department  Police Headquarters  Right to Information  Tenders  Contact Us",
        "↑ Scroll up",
        "Press Releases and Public Notices",
    ],
    bylines: &[
        "Released through the Public Relations Officer to the Director General of Police, {city}.",
        "Press Release No. 412/PRO/2024 — Dated 14.06.2024",
        "Photo: District Police Media Cell",
        "For media queries contact {name}, Inspector (Media Relations), ☎ 0172-2740011 or {handle}@police.gov.in",
        "This notice has been put out by the Office of the Additional Chief Secretary, Home.",
        "Uploaded 03/03/2024 · Modified 05/03/2024 16:25 hrs",
        "English rendering of a Marathi original, prepared by the state information department.",
        "Constable {name2} at the station reception will answer any questions about this notice on working days.",
    ],
    headlines: &[
        "Fifteen held in interstate vehicle theft racket, 32 motorcycles recovered",
        "Traffic diversions announced for Republic Day parade rehearsals",
        "Recruitment of 2,400 Sub-Inspectors: written exam schedule released",
        "Woman officer rescues elderly couple from burning house in rural district",
        "‘Operation Clean Sweep’: 68 drug peddlers booked in week-long drive",
        "Home Minister inaugurates new cyber crime police station in {city}",
        "Missing teenager traced in two days after CCTV appeal — family thanks police",
        "Arms licence renewal deadline extended till 31 July; late fee waived",
    ],
    topics: &[
        "cyber fraud",
        "drink driving",
        "missing persons",
        "festival security",
        "narcotics trafficking",
    ],
    names: &[
        "Harpreet Sandhu",
        "Marie-Claude Tremblay",
        "Imran Qadri",
        "Tomasz Wielgosz",
        "Lakshmi Venkatraman",
    ],
    seed: 167,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a foreign ministry's spokesperson briefings and transcripts pages, at least half of each field
/// as plain sentences.
const TUNE_168: Templates = Templates {
    teasers: &[
        "The complete verbatim record of yesterday's regular presser is now online in English and French.",
        "▶ Full video of today's briefing (42 min) on MFA TV",
        "Related: Spokesperson's remarks on {topic} — statement dated 19 Sept.",
        "Have the briefing digest delivered after every press conference.",
        "Also available → Q&A transcripts archive, 2015–2024 »",
        "Answers to written questions from journalists are published here after each briefing.",
        "📻 Listen: This Week in Diplomacy, No. 87 – {name} on {topic}",
        "Download the Ministry app to get consular alerts and travel advice for your destination.",
        "POPULAR NOW: 1. Statement on {topic} 2. Remarks on the situation in {city} 3. Summary of the Minister's phone call",
        "See also the joint press statement issued after the talks in {city}.",
    ],
    forms: &[
        "Only journalists holding a valid accreditation may attend the briefing in person and should sign up online before ten.",
        "Alerts address* | EN ▾ | [OK]",
        "Thank you. The press section has logged your question. Selected questions are put to the Spokesperson live.",
        "Search briefings by date, keyword or spokesperson",
        "Visitor numbers on mfa portals are tallied; analytics may be turned off. [OK, fine] [Only necessary] [Customise]",
        "Playback failed. Video of today's session will be restored shortly.",
        "How helpful was this briefing page?  👍 / 👎",
        "Accredited media can fetch print quality images through their portal account.",
        "Date from [__.__.____] to [__.__.____]  🔍 Filter",
        "Tick the regions and topics you want notifications about.",
    ],
    navigation: &[
        "MFA › Media Centre › Spokesperson's Briefings › 2024",
        "Previous briefing",
        "Back to the list of transcripts",
        "Hide the menu and show only the briefing text",
        "Page 17 of 48  ‹  ›",
        "Forward this transcript to other newsroom staff",
        "🖨 Print | PDF | 中文 | Русский | Español | عربي | Français",
        "Minister Ministry Press Room Consular Services Embassies Abroad",
        "▲ Top",
        "◀◀ ▶ ▶▶  12:35 of 41:07 · Subtitles · HD",
    ],
    bylines: &[
        "Verbatim record by the Information Department. Delivery may differ slightly.",
        "Spokesperson {name} | Regular Press Conference | {city}, 11 June",
        "English version provided for information. Only the text in the state language is authentic.",
        "📷 MFA Press Service / {name2}",
        "Briefing conducted by Deputy Spokesperson {name} in the Blue Hall of the Ministry.",
        "X 👉 @{handle} (official account of the Spokesperson)",
        "Inaccuracies in this record should be notified to the press section attaché on duty.",
        "{name2} heads the press and information department and has served at embassies in Nairobi and Hanoi.",
        "Video: MFA TV · English interpretation: {name2}",
    ],
    headlines: &[
        "President Accepts Letters of Credence From Envoys of Chile Laos and Ghana",
        "Visa waiver with Central Asian partners extended until 2026",
        "Deputy Foreign Minister holds consultations on {topic} in {city}",
        "Spokesperson marks anniversary of the peace accords",
        "Evacuation flights: 214 citizens returned home from conflict zone",
        "Foreign Ministry summons ambassador over remarks on fishing rights",
        "Joint Communiqué — Third Meeting of the Bilateral Intergovernmental Commission",
        "“No ultimatums will be accepted,” spokesperson says of new sanctions package",
    ],
    topics: &[
        "maritime boundary talks",
        "consular assistance",
        "the arms control treaty",
        "humanitarian corridors",
        "climate financing",
    ],
    names: &[
        "Lin Haoran",
        "Amara Diallo",
        "Ingrid Halvorsen",
        "Tomás Arriaga",
        "Priya Raghunathan",
    ],
    seed: 168,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a mine-action and explosive-ordnance clearance programme's news pages.
const TUNE_169: Templates = Templates {
    teasers: &[
        "£25 could help a deminer clear around 10 square metres of farmland. Give today →",
        "READ MORE: How a village in {city} got its school field back after 14 years behind warning tape",
        "🎧 Out now on *The Cleared Ground*: our technical field manager talks {topic}. Episode 31 is live — search “Cleared Ground” in any podcast player.",
        "Watch: 90 seconds with a mine detection dog team on a morning survey shift ▶",
        "Related: {headline}",
        "Field Dispatch: monthly postcards, in words and photos, from the people doing survey and clearance. Join 12,000 readers ✉",
        "Our Annual Impact Review is out — a 52-page rundown of figures, maps and field diaries. Grab your copy",
        "Fundraise for us: run, cycle or swim a ‘minefield mile’ this spring and help make land safe again.",
        "In partnership with the Netherlands foreign ministry | Progress report on our joint {topic} project",
        "Everyone's reading\n① {headline}\n② When monsoon rains slow battle area clearance\n③ Meet the all-women team working the eastern border",
    ],
    forms: &[
        "Give: £12 · £35 · £70 · Your choice ____   ☐ Monthly please   [Next step]",
        "☐ Boost my gift by 25p for every £1 with Gift Aid — I pay enough UK Income or Capital Gains Tax to cover it.",
        "E-mail address* [Count me in] — Updates on clearance work only, roughly once a month. Unsubscribe whenever you like.",
        "Can we use analytics cookies? They tell us which appeals people respond to.  [Yes, fine]  [Just the essentials]  [Choose]",
        "Map unavailable — cleared-site data didn't come through (503). Hit ↻ to have another go.",
        "Search news, reports and country programmes…",
        "Write to the deminers — say thank you (keep it under 400 characters). Every message is checked by a person before it's published.",
        "Found something suspicious? Leave it where it is, mark the spot if safe, and call 1-1-9 from any network. Online reports are not checked overnight.",
        "Payment declined ✖ Your bank did not authorise this transaction. Use another card or pay by PayPal.",
        "Supporters: see exactly where your money went. [Sign in]   Need a new password?",
    ],
    navigation: &[
        "Home › News & Stories › Field Updates",
        "Countries | Our work | Stories | Take action | About | GIVE NOW",
        "‹ Older     Newer ›",
        "Send this to someone: Facebook / Bluesky / WhatsApp / ✉",
        "Country ▾   Year ▾   Content type ▾   [Apply]",
        "Showing stories 13–24 of 206",
        "▲ Top",
        "Go to the story ↓",
        "NEWS",
        "▶ 0:47 / 4:19   CC   ⛶",
    ],
    bylines: &[
        "By {name}, Communications Officer, {city}",
        "Photo: {name2}/the programme. Deminers were photographed with their consent at a safe distance from the hazard area.",
        "{city}, 12 March —",
        "{name} has led non-technical survey teams since 2015 and today runs the programme's community liaison unit. She shares photos from clearance sites as @{handle}.",
        "Words by {name} · Images © {name2} · Dari–English interpreting: field office staff",
        "Journalists: call +44 (0)1632 960 418 or email press@ (replies same day, Mon–Fri).",
        "Names of survivors quoted here are pseudonyms, at their request.",
        "Updated: 27 Nov 2023, 11.05am",
        "Amended 6 May: we originally reported 385,000 m² of land released; the right number is 38,500 m².",
    ],
    headlines: &[
        "Flooding shifts unexploded shells into farmland, survey teams warn",
        "Commuter rail link back in service following lengthy signalling upgrade",
        "Cluster munition remnants found near primary school during routine survey",
        "Rate-setters hold fire for a fifth meeting while supermarket prices dip",
        "Seaside council bars cruise liners from medieval harbour",
        "First women-led demining team certified in northern province",
        "Marathon organisers cut route after record heat forecast",
        "Mine-action donors pledge less than half of $300m shortfall",
    ],
    topics: &[
        "risk education in schools",
        "cluster munition clearance",
        "landmine survivor assistance",
        "battle area clearance",
        "mine detection dogs",
    ],
    names: &[
        "Farida Noorzai",
        "Tomás Echeverría",
        "Sokha Chhun",
        "Oleksandr Hrytsenko",
        "Bronwen Pryce",
    ],
    seed: 169,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the light, low-bandwidth pages a field monitor reads on a poor link (text-only
/// editions, accelerated mobile pages, SMS-style bulletins), each line from any one, at least
/// half of each field as plain sentences.
const TUNE_170: Templates = Templates {
    teasers: &[
        "These bulletins also come to your handset. Text the word NEWS to 40404 from any network, normal charges apply.",
        "▶ Listen: 3-min audio brief (0.8 MB) — {topic}",
        "When reception gets better, the longer telling of this piece waits on our main site.",
        "MORE ON {topic}: {headline} | low-data version",
        "The weekly offline digest fits in one small download you can keep for days without coverage.",
        "📶 Weak signal? Jump to the stripped-down front page → text.fieldwire.org",
        "Correspondents based in {city} expect to send further detail before nightfall.",
        "SPONSORED // Solar charge kits for field teams, ships to 40 countries. Details: sms INFO to 7788",
        "Help keep this service free for people in places where the network is slow or unreliable.",
        "[AMP] Top 3 ▸ 1) {headline} 2) Water trucking restarts up north 3) Diesel costs ease",
    ],
    forms: &[
        "Leave your handset number here for brief updates on {topic} sent as texts.",
        "Send END to cancel, INFO for assistance. Operator charges may apply.",
        "Your reply was not sent because the link dropped before it finished. Try sending once more.",
        "Search text edition: [__________] [Go]",
        "Four bulletins used this month and one remains. Sign in to continue.",
        "A tiny cookie keeps the lite view switched on 🍪 [Accept] [Decline]",
        "Image not loaded to save data. Press to fetch it (142 KB)",
        "POLL — Has phone reception near you got better since 2023? Y / N / Unsure",
        "Use your subscriber code to unlock older bulletins in the archive.",
        "Comments are unavailable on this connection. Reload when the line is steadier.",
    ],
    navigation: &[
        "Home > World > Africa > Text edition",
        "Return to the top of the bulletin",
        "« Earlier | Pg 2/4 | Later »",
        "Open the regular website",
        "Skip the section list",
        "TOP | WORLD | HEALTH | WEATHER | MARKETS | TEXT ONLY ✓",
        "Forward this bulletin: SMS · Telegram · Copy address",
        "Load the heavier page with media",
        "Previous bulletin",
        "▶ Play  ⏸ Pause  ⏹ Stop — 0:00 of 2:41",
    ],
    bylines: &[
        "By {name}, field correspondent, with additional information from {name2} in {city}",
        "{city}, 0614 GMT —",
        "Filed by satellite phone from {city}. Some details could not be checked before sending.",
        "— {name} | @{handle} | rev. 11.52 UTC",
        "{name} has followed {topic} since 2019 and works out of {city}.",
        "Photo: {name2}/Field Wire (image removed in text edition)",
        "Portuguese text translated by {name2}.",
        "Corrections: text FIX + story number to 55120 or email desk@fieldwire.org",
        "Reported by {name} and {name2}, edited overnight.",
    ],
    headlines: &[
        "Rains wash out main road linking two provincial capitals",
        "Ministry extends cholera jabs to four more border districts",
        "LIVE: Ceasefire talks resume in {city} — latest updates",
        "Teachers stay off work for a third straight week with no deal in sight",
        "Locust swarms spotted 40km from farmland, officials say",
        "Mobile money outage leaves traders stranded for hours",
        "Exclusive: Aid convoy held at checkpoint for 9 days",
        "Flour costs climb 12% after export halt 📈",
    ],
    topics: &[
        "food security",
        "the outbreak",
        "displacement camps",
        "the fuel shortage",
        "rainy season flooding",
    ],
    names: &[
        "Amina Diallo",
        "Tomasz Wierzbicki",
        "Pham Minh Chau",
        "Rafael Quispe",
        "Ingrid Solberg",
    ],
    seed: 170,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// an academic publisher's news-and-comment pages beside its journals, at least half of each field
/// as plain sentences.
const TUNE_171: Templates = Templates {
    teasers: &[
        "Read the paper: “Structural basis of {topic} in mammalian cells”",
        "Policy watchers can receive our Thursday funding bulletin without paying anything.",
        "Listen: reporters {name} and {name2} dissect a week of lab news, refereeing spats and strange results 🎧",
        "Earlier pieces on this site examine the replication debate and offer a practical guide to preregistration.",
        "Subscribe to the journal and get 51 print issues plus online access — from £9.25 per month*",
        "This feature belongs to a special collection on ocean science. Explore the full collection online.",
        "You can read more about how our editors handle peer review in the editorial policy pages.",
        "MORE FROM NEWS & VIEWS ▸ {headline}",
        "Career guide for early stage researchers, free to download for all registered readers.",
        "Sponsored by Helixa Biosciences | How automated cryo-EM pipelines are shortening time to structure →",
    ],
    forms: &[
        "Your institution provides complete access to the text of this piece.",
        "Institutional login via your campus library",
        "Buy article PDF for US$39.95 — local sales tax, where due, is added at checkout",
        "Staff moderators approve each remark before publishing it. Stay relevant and be courteous to fellow readers.",
        "Posting a comment means agreeing to the site rules. Flag anything abusive with the ⚑ icon.",
        "Address ➝ new-issue alerts for {topic} ✉️ [ Subscribe ]",
        "Citation metrics did not load for this paper. Reopen it shortly.",
        "Reader poll: Must funders demand open data for every grant? ○ Agree ○ Disagree ○ Depends on the field",
        "Our journals place analytics and functional trackers on this device. Customise | Fine by me",
        "Open a free reader profile so you can save papers and track favourite subjects.",
    ],
    navigation: &[
        "Home › News › {topic}",
        "Go straight to the story text",
        "Download PDF ⤓ · Cite · Share · Rights & permissions",
        "Up to page header",
        "Previous article in this issue",
        "News & Comment | Research | Careers | Books & Culture | Podcasts",
        "Figures and tables",
        "‹ Prev  | 2 / 4 |  Next ›",
        "Explore content About the journal Publish with us",
        "▶ 0:00 / 11:47  🔊  CC  ⛶",
    ],
    bylines: &[
        "{name} writes about science from {city}.",
        "By {name} & {name2}",
        "Photograph provided by the university communications office.",
        "Correction (3 Feb): we initially misreported how many patients enrolled in the trial. Email newsdesk@…",
        "The author declares no competing interests.",
        "Posted 2023-10-09 · ⏱ 7-minute read",
        "Illustration: Sunny Varga/The Journal",
        "With further reporting from Nairobi.",
        "Subedited by the features staff. Readers may contact the reporter directly with queries.",
    ],
    headlines: &[
        "Massive coral survey finds reefs recovering faster than models predicted",
        "Why the next pandemic treaty could stall over pathogen sharing",
        "Exclusive: Funding agency quietly drops diversity criteria from grant reviews",
        "‘They ignored our elders’: Indigenous groups push back on seabed mining permits",
        "Ancient DNA reveals a lost population that crossed the Bering land bridge twice",
        "How AI chatbots changed the way graduate students write their theses",
        "Daily briefing: Webb detects steam in the atmosphere of a small exoplanet",
        "Europe’s biggest physics lab picks its next director — and it’s a first",
    ],
    topics: &[
        "protein folding",
        "climate tipping points",
        "research integrity",
        "gene editing",
        "dark matter searches",
    ],
    names: &[
        "Ingrid Solvang",
        "Tomasz Wielgosz",
        "Adaeze Nwankwo",
        "Haruto Minami",
        "Luciana Ferraz",
    ],
    seed: 171,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a border-trade and customs authority's notices and news pages, at least half of each field as
/// plain sentences.
const TUNE_172: Templates = Templates {
    teasers: &[
        "Read our guide to declaring goods when you travel with more than the duty free allowance.",
        "► New: Tariff classification webinar series — register for the session on {topic} (free, 45 min)",
        "Subscribe to the weekly trade bulletin to receive tariff changes and border notices by email.",
        "RELATED NOTICE: Customs Notice 14/2024 – Revised procedures for {topic} at inland container depots",
        "Download the Border Wait Times app to check queues at land crossings before leaving home.",
        "📦 Shipping samples abroad? See our step-by-step checklist for temporary admission »",
        "Authorised Economic Operators can find the latest mutual recognition updates in the trader portal.",
        "Also in Notices & News: {headline}",
        "Our trade facilitation podcast returns this week with frontline officers stationed at the ports in the north.",
        "Most viewed → 1. Tariff rate quotas for 2025 | 2. Advance rulings FAQ | 3. Export licence fees",
    ],
    forms: &[
        "Enter a commodity code or product description to search the tariff.",
        "Did you find what you needed? Yes / No — Please do not include personal or declaration details in your feedback.",
        "For your security we signed you out because you were idle for twenty minutes. Sign in again to resume your declaration.",
        "We use cookies to measure how this service is used. You can accept all cookies or choose which ones to allow.",
        "Track your consignment: [ Enter 18-character MRN ] [Go]",
        "Email me updates on {topic} — Email address* | Preferred language ▾ | Subscribe",
        "The exchange rate calculator cannot load at the moment. Please check back in a few minutes.",
        "⚠ Service notice (503) – The Electronic Single Window is undergoing scheduled maintenance until 05:30 on Sunday.",
        "Report suspected smuggling anonymously by completing the confidential form below.",
        "Trader sign-in: EORI number + password · Forgot password? · Register a new business account",
    ],
    navigation: &[
        "Home › Trade › Import › Prohibited and Restricted Goods",
        "Back to all notices",
        "Skip to main content",
        "‹ Previous notice | Next notice ›",
        "Share: Email · Print · LinkedIn · X · Telegram",
        "Return to the top of the page",
        "Notices and news",
        "« 1 2 3 … 38 »",
        "View this page in another language",
        "Travellers | Businesses | Brokers & Carriers | Tariff | Legislation | Contact us",
    ],
    bylines: &[
        "Issued under the authority of the Commissioner by the Tariff and Trade Policy Branch.",
        "Press enquiries: {name}, Public Affairs — media.desk@bordertrade.gov / +1 (555) 017-4483",
        "Photo: Border Services Officers inspect a refrigerated container at the {city} terminal (Agency photo/{name2})",
        "This notice was drafted within the Valuation and Classification Branch.",
        "Published 12 March 2025 · Revised 17 April 2025 · Notice No. CN-2025/031",
        "Traders with questions regarding this notice may call the National Customs Information Centre.",
        "Our contributor is a senior policy adviser in the rules of origin unit.",
        "This version was produced from the French original by the agency translation desk.",
        "By {name2} | Trade Facilitation Division | {city}",
    ],
    headlines: &[
        "Officers find counterfeit medicines hidden in a shipment of garden furniture",
        "New tariff rates for electric vehicle batteries take effect next month",
        "Grain shippers fear delays as border crossing hours are cut",
        "Agency recovers unpaid duties from freight forwarders following lengthy audit",
        "‘We were overwhelmed’: Dock workers recall the night 40 tonnes of tobacco arrived",
        "Live animals, firearms & cash: What {city} border officers intercepted in 2024",
        "Cross-border e-commerce parcels to face de minimis review — minister",
        "Q&A: How the new rules of origin affect small exporters",
    ],
    topics: &[
        "rules of origin",
        "tariff rate quotas",
        "transit guarantees",
        "excise stamps",
        "pre-arrival declarations",
    ],
    names: &[
        "Amara Nwosu",
        "Tomasz Wielgosz",
        "Leilani Kahale",
        "Rashid Al-Farsi",
        "Ingrid Solberg",
    ],
    seed: 172,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a broadcast-monitoring service's digest pages (summaries and translations of foreign radio and
/// television reports, sold to subscribers), at least half of each field as plain sentences.
const TUNE_173: Templates = Templates {
    teasers: &[
        "Listen to the full evening bulletin from {city} state radio with our notes in the margin.",
        "Subscribers may order the original recording of this broadcast through our sound archive team.",
        "RELATED DIGEST » Regional press review: how Gulf broadcasters covered {topic}",
        "Our weekly media environment briefing on {topic} is now available to all Premium Plus accounts.",
        "📡 New: set up keyword alerts and get flagged items from 400+ TV and radio sources delivered within 60 minutes",
        "Most monitored today: {headline} / Kremlin-run channels on grain deals / Sahel radio roundup",
        "Read the interview transcript in full in our document library.",
        "Two-week trial for newsrooms & NGOs — unrestricted digest access → Start now",
        "Our analysts explain what the tone of the broadcast says about the coming vote in a brief explainer video.",
        "Sponsored | Satellite reception kits for monitoring teams – get a price",
    ],
    forms: &[
        "This item is restricted to subscribers with a Tier 2 licence or higher. Log in or contact your account manager to upgrade.",
        "Request a translation: [Language ▾] [Source outlet] [Broadcast date] SUBMIT",
        "This month you have used four complimentary digest items out of five.",
        "Error: the audio clip failed to load (code 0x12). Retry, or write to monitoring support.",
        "Set an alert for this topic and we will notify you whenever new items mention {topic}.",
        "This service sets cookies so each licence seat is counted once per login. [OK] [Manage]",
        "Search transcripts, outlets, languages…",
        "Rate the accuracy of this translation ★★★★☆",
        "For security reasons we signed you out after a period without activity. Log on once more to carry on reading.",
        "Institutional users should log on with their organisation account for access to the whole archive.",
    ],
    navigation: &[
        "Home › Digests › Middle East › Iran › TV",
        "Return to today's monitoring index",
        "Regions | Middle East | Former USSR | Sub-Saharan Africa | Latin America | East Asia | Europe",
        "Page 2 of 7",
        "◀◀ 01:15 / 06:48 ▶▶ 🔊 CC",
        "Skip to English text",
        "Forward this item ✉ · Print PDF · Copy permalink",
        "Show only items broadcast in Russian or Ukrainian",
        "↑ Top of digest",
        "Other items from this outlet",
    ],
    bylines: &[
        "Source: {city} state radio, in Arabic 0630 gmt 14 Mar 24",
        "Translated from Persian by the monitoring desk and edited by {name}.",
        "Monitored and summarised by {name} and {name2} in {city}",
        "(Description of Source: Al-Kawthar TV, state-owned Arabic-language satellite channel)",
        "Screen images in this item are reproduced from the broadcaster's own feed.",
        "{name} is a senior media analyst covering Caucasus and Central Asian broadcasting. Before joining the service she spent ten years reporting from {city}.",
        "Errors in translation go to the translation editor on duty, together with the reference number of the item.",
        "Item ref. WMD-2403-11872 | Filed 11:07 GMT",
        "Contact the analyst: @{handle} · ext. 4417",
    ],
    headlines: &[
        "Pyongyang TV airs rare footage of leader inspecting fishery co-operative",
        "Caracas radio host accuses neighbours of smuggling fuel across the border",
        "Belarus TV: Opposition 'paid by foreign foundations', talk show claims",
        "Turkish channels devote whole evening schedule to earthquake anniversary",
        "Ethiopian state media reports new road link opened in Amhara region",
        "CCTV anchor hails harvest figures as “record-breaking”",
        "Iranian radio callers complain about rising bread prices",
        "Russian TV talk shows shrug off sanctions as ‘empty theatre’ – media review",
    ],
    topics: &[
        "election coverage",
        "fuel subsidies",
        "border security",
        "state media censorship",
        "grain exports",
    ],
    names: &[
        "Tamar Kvaratskhelia",
        "Oluwaseun Adebayo",
        "Ingrid Solheim",
        "Farhad Rezaei",
        "Hiroshi Tanabe",
    ],
    seed: 173,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a community forum's news-discussion threads, a story pasted into the first post and members'
/// replies below.
const TUNE_174: Templates = Templates {
    teasers: &[
        "Similar threads: {headline} — 47 replies, last post by {name} yesterday at 11:58 PM",
        "Hot in General Discussion 🔥 {headline}",
        "Support the board — go Gold (£2/month) and the banner ads vanish for good.",
        "Fancy a Sunday digest of the liveliest {topic} threads? Tick the box under Account › Preferences.",
        "Members' Bar podcast #87 is up — {name} and {name2} spend sixty minutes squabbling over {topic} 🎙️",
        "» Continue this discussion in the {topic} subforum",
        "Sponsored thread · paid placement",
        "Folks browsing this thread also clicked: {headline}",
        "Grab our app — alerts for quoted replies, dark mode and no reload needed. iOS | Android",
        "Trending tags: #{topic} #breaking #megathread",
    ],
    forms: &[
        "Only registered members can post in this thread. Log on / Register",
        "Type your reply here…",
        "Post Quick Reply | Go Advanced | Preview",
        "Cheers — a mod has to OK your message before others can see it.",
        "POLL — Government's version: credible or not? Yes (38%) · No (51%) · Undecided (11%) — 214 votes. You may not change your vote.",
        "Guests can read only the first two pages of each thread. Membership is free.",
        "Search this thread only",
        "Cookies here keep you signed in and let the admins count visits. Stick around if that's alright with you. OK · Details",
        "Oops! Replies failed. Hit reload; the console may say why.",
        "Attach files  |  Insert quote…  |  Post reply",
    ],
    navigation: &[
        "Home › Forums › News & Current Affairs › World News",
        "Page 8 / 17 — Go ▸",
        "Jump to new posts ↓",
        "Reply With Quote",
        "Thread Tools ▾  Display Modes ▾",
        "Like · Quote · Reply · Report",
        "Go to first unread",
        "Previous thread | Next thread",
        "↑ Top",
    ],
    bylines: &[
        "Thread starter {name} · Started Today, 07:51",
        "Originally posted by {name2}",
        "Edited by staff: yesterday",
        "{name} — Senior Member — Joined: Mar 2011 — Posts: 14,208 — Location: {city}",
        "Source: pasted from an agency report, original URL is in the OP — mods, merge if it's a dupe.",
        "{name} said: ↑ Show full quote…",
        "Last edited by {name}; 11-02-2023, 21:07. Reason: fixed the link",
        "Moderator note: thread moved from Off-Topic to News by {name2}.",
        "Reputation: 3,117 | Likes received: 902 | @{handle}",
    ],
    headlines: &[
        "Commuter carrier parks all its turboprops after inspectors spot wing cracks",
        "Judge compels publication of 1990s tunnel safety report kept from families",
        "Heatwave forces dozens of schools to shut early as classrooms top 38C",
        "Teenage chess prodigy stuns former world champion in blitz final",
        "Cattle farmers protest outside parliament over new nitrogen limits",
        "Startup behind viral budgeting app quietly lays off half its staff",
        "Island ferry remains docked as union negotiations stall for a 19th day",
        "Remains of Roman baths found under retail park during drainage work",
    ],
    topics: &[
        "housing prices",
        "the rail strikes",
        "local elections",
        "electric cars",
        "climate policy",
    ],
    names: &[
        "Dervla Kinsella",
        "Tomasz Wieczorek",
        "Amara Okonjo",
        "Rafael Quintero",
        "Hye-jin Baek",
    ],
    seed: 174,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of the English pages of sites a ceasefire monitor scrapes in Pashto- and Dari-speaking
/// areas (provincial news sites, radio stations, tribal elders' councils' pages), each line from
/// any one, at least half of each field as plain sentences.
const TUNE_175: Templates = Templates {
    teasers: &[
        "Tune to Sahar Radio, 88.6 FM, weekdays 6–9 am ▶ Morning Jirga call-in",
        "Our weekly programme about {topic} goes on air each Thursday night following the Pashto bulletin.",
        "📲 Nangarhar Sada headlines on WhatsApp — text “SADA” to +93 78 000 4410",
        "All nine points of the shura resolution on {topic} appear in English on the council page.",
        "ALSO READ » {headline}",
        "Listener donations buy the diesel that runs our mountain transmitter through winter.",
        "🎥 Watch: elders from Khost and Paktia discuss {topic} (video, 12:40)",
        "Download the Watandar Radio app to hear our broadcasts when the signal is weak in your valley.",
        "Sponsored | Azizi Mobile Money — send Eid gifts to your village in seconds ✔",
        "Every evening our podcast rounds up thirty four provinces in a quarter of an hour.",
    ],
    forms: &[
        "Listener comments wait in a queue for the Jalalabad night editor. English and Pashto comments are both accepted.",
        "Name *   Phone / Email *   Province (optional)   [Send]",
        "Tell our newsroom what is happening in your district. No caller is ever named on air.",
        "⚠ Live audio failed to start. Wait a moment, or switch your set to 91.2 FM.",
        "POLL ▸ Truce in your district: will it last until Eid? ◯ Yes, inshallah ◯ No ◯ Maybe → Submit",
        "Give the council secretary your email to get jirga dates and decisions.",
        "Search news, programs, districts…",
        "Our radio site drops cookies to gauge listener numbers by district & smooth the audio. [OK] [Manage]",
        "Only listeners with an account may reply. Register with a Roshan or AWCC number.",
        "Shukria. Your note reached the elders office and gets an answer after the Friday meeting.",
    ],
    navigation: &[
        "Home › Provinces › Kunar › {topic}",
        "Home | News | Programs | Jirga | Frequencies | Contact",
        "Shura front page",
        "« Older bulletin | Newer bulletin »",
        "Pass this bulletin on through Telegram or Facebook",
        "▲ Top",
        "English bulletins only",
        "For the Pashto text use the link above the menu.",
        "▶ ❚❚ 🔊 0:00 — 27:15 ⬇ MP3",
        "Kandahar bureau roundup",
    ],
    bylines: &[
        "{name} filed from Asadabad",
        "{name} | Correspondent, Helmand | @{handle}",
        "{name2} put the Pashto broadcast into English.",
        "Photo: {name} / Sada-e-Kunar Radio",
        "{name} has tracked tribal affairs and water disputes across Kunar and Nuristan for a decade and hosts the Saturday jirga hour.",
        "Posted 14 Hamal 1403 (3 April 2024) — 09:35 Kabul time",
        "Correction requests ✉ fix@shomalinews.af",
        "Field notes: {name}, {name2} · copy edit, {city}",
        "{name2} recorded this interview in the Sharq FM studio.",
    ],
    headlines: &[
        "Elders in Zurmat agree to reopen the road to the district market",
        "Wheat prices fall in Kunduz as new harvest arrives",
        "Badakhshan: Landslide blocks Faizabad–Jurm highway, 2nd day running",
        "Girls’ madrassa in Laghman graduates 60 students, officials say",
        "Provincial council calls for talks over Kajaki water share",
        "Ghulam Khan gate reopens after 9-day closure; trucks queue for 4 km",
        "Radio quiz winners from Paktika receive prizes in Sharana ceremony",
        "“We only want peace for our sons” — Kandahar mothers meet shura",
    ],
    topics: &[
        "the Ghulam Khan border gate",
        "Helmand water allocations",
        "the district ceasefire talks",
        "returnee families",
        "poppy eradication",
    ],
    names: &[
        "Zarmina Stanikzai",
        "Jonas Ekholm",
        "Farid Hotak",
        "Dilnoza Rakhimova",
        "Bilal Qureshi",
    ],
    seed: 175,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a university's press-office news pages, at least half of each field as plain sentences.
const TUNE_176: Templates = Templates {
    teasers: &[
        "Read about the researchers working on {topic} across the university",
        "Explore our degree programmes in {topic} and reserve a spot at an upcoming open day.",
        "Hear three of our academics debate {topic} in the new Big Questions podcast",
        "Give to the Student Hardship Fund today and help someone finish their degree.",
        "Press coverage of our research is gathered weekly in the Expert Comment roundup",
        "Related news: {headline}",
        "▶ Watch: our Vice-Chancellor in conversation with alumni in {city} (12 min)",
        "🎓 Alumni Weekend 2025 — book your tickets →",
        "NEWSROOM PICKS » {headline}",
        "Thinking about postgraduate study? Apply by 30 June for September entry | Scholarships available*",
    ],
    forms: &[
        "Journalists can request an interview by completing the media enquiry form below.",
        "Email (required)",
        "Get the research bulletin in your inbox on the first Monday of each month",
        "We would like to place optional analytics cookies that help us improve this news site, though declining them will not remove any features.",
        "Sorry, the public lecture diary is temporarily down while we carry out maintenance.",
        "Search news & events 🔍",
        "Filter by: Faculty ▾ | Year ▾ | Story type ▾   [Apply]",
        "This item is for staff only so please use your single sign on account to view it",
        "☐ Tick to let the University process my details in line with its Privacy Notice *",
        "Did you find what you needed?  👍  /  👎",
    ],
    navigation: &[
        "Return to newsroom home",
        "Earlier release Later release",
        "Media relations Press releases Expert finder Filming on campus Contact the team",
        "Faculty of Science and Engineering news",
        "Jump to news listing",
        "Home › News › Research news › 2025",
        "Spread the word: WhatsApp · Bluesky · Threads · LinkedIn · ✉",
        "« Newer articles | Results 31–40 (408 total) | Older articles »",
        "Up ↑",
        "Now playing ▶ 1:37 / 4:05 · Subtitles · 🔊 · ⛶",
    ],
    bylines: &[
        "Posted on 9 May 2025 in University News",
        "{name} is a research communications officer covering the Faculty of Medicine and Health",
        "The Department of Physics published an extended account of these findings on its own blog",
        "For interview requests outside office hours phone the out of office press mobile on 0113 496 0742",
        "Written by {name} and additional interviews by {name2}",
        "By {name}, Press and PR Manager (Arts & Humanities)",
        "Media contact: {name2} | +44 (0)161 555 0294 | @{handle}",
        "Photo: {name} / University Photography Service",
        "Image © {name2} for the School of Earth Sciences. Updated 27 April 2025, 09:15 BST",
    ],
    headlines: &[
        "Engineering graduates design low cost water filter for rural clinics",
        "University climbs twelve places in global sustainability ranking",
        "Ancient pollen rewrites the history of farming in the Highlands",
        "Sleep study finds teenagers are losing an hour a night to screens",
        "Honorary degree for Booker-shortlisted novelist at summer graduation",
        "‘Now I notice water everywhere’: students map the buried rivers of {city}",
        "New £40m teaching hub opens its doors to 3,000 students",
        "Vice-Chancellor to step down in 2026 once her second term ends",
    ],
    topics: &[
        "coastal erosion",
        "antimicrobial resistance",
        "quantum computing",
        "dementia care",
        "urban heat islands",
    ],
    names: &[
        "Aoife Brennan",
        "Kwame Asante",
        "Lucía Ferreira",
        "Tomasz Wójcik",
        "Priya Raghunathan",
    ],
    seed: 176,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// an election commission's and election observers' results and news pages, at least half of each
/// field as plain sentences.
const TUNE_177: Templates = Templates {
    teasers: &[
        "Get the official results app and watch the count in your constituency update ward by ward.",
        "▶ WATCH: Chief Returning Officer briefs media on provisional turnout figures",
        "Read our observation mission’s preliminary statement on {topic} in full (PDF, 880 KB)",
        "Our volunteer observers are deployed across every province this weekend and every gift you make pays for their transport and meals.",
        "TOP THIS WEEK → Seat-by-seat map · Turnout by hour · Recount requests lodged so far",
        "Get the Commission bulletin by email for polling station changes and candidate list updates.",
        "Related: {headline}",
        "On the Ballot podcast, episode fourteen, asks why spoiled votes rise in close races.",
        "🗳️ Interactive: compare 2019 and 2024 results in {city}, constituency by constituency »",
        "Browse every registered party and its nomination papers in our archive of filed documents.",
    ],
    forms: &[
        "Enter any postcode within the country and your assigned polling station will be pinned.",
        "Report an irregularity: Name* | Phone | Polling station code* | Describe the incident* [Submit report]",
        "Visits to the results portal are measured with first-party tracking files. Agree / Customise",
        "The tally feed is not responding. Figures will reappear when the connection is restored.",
        "Quick poll: Ever cast a postal ballot? ○ Every time ○ Once ○ Never — View totals",
        "Log in with your accreditation number to download your observer badge.",
        "Thanks! Queued for review. Remarks naming individual polling staff are removed.",
        "⚠ Live tally stalled — last updated 21:47. Reload",
        "Search candidates, parties or constituencies…",
        "Your registration as a volunteer observer has been received and training dates will follow by email.",
    ],
    navigation: &[
        "Home › Elections › 2024 General Election › Results by Region",
        "Return to all results",
        "Send to: Telegram | Signal | Email | Link",
        "Previous constituency   Next constituency",
        "‹ Prev · 19 · 20 · … · 41 · Next ›",
        "Voters  Candidates  Parties  Observers  Press Room  Open Data",
        "Jump to results",
        "▶ 02:15 / 03:27   CC   ⛶",
        "Press releases",
        "Results → {city} → Ward 7 → Polling stations reported: 42/58",
    ],
    bylines: &[
        "{name} is a long term observer who has monitored polls across eleven states since 2008.",
        "Photo: {name2} / Independent Electoral Commission",
        "Filed in {city} the morning after polling day.",
        "Only the version in French is authoritative, and the mission language team supplied this courtesy copy.",
        "Press office: media@elections-commission.example · +263 24 771 0398",
        "Think a published figure is wrong? Corrections go to the statistics unit, which checks each one within forty-eight hours.",
        "Graphics: {name} & {name2}. Source: Central Election Commission",
        "Prepared by the communications unit of the national election commission.",
        "Follow @{handle} on results night for tally centre posts 📊",
    ],
    headlines: &[
        "Turnout in rural districts slumps to a twenty year low",
        "Court orders partial recount in three disputed wards after ballot boxes found unsealed",
        "Harbour authority approves new ferry terminal over protests by fishermen",
        "Village baker takes top award for rye sourdough",
        "‘We were turned away’: Voters with disabilities describe inaccessible polling stations",
        "Opposition alliance splits over coalition talks — what happens now?",
        "Heatwave to peak on Thursday as water restrictions widen in {city}",
        "Women’s football: Underdogs stun champions 3–1 and book final place",
    ],
    topics: &[
        "postal voting",
        "voter registration",
        "campaign finance",
        "the vote count",
        "polling station access",
    ],
    names: &[
        "Amara Okonkwo",
        "Tomasz Wieczorek",
        "Leilani Kahale",
        "Rashid Al-Mansouri",
        "Ingrid Solberg",
    ],
    seed: 177,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a hyperlocal neighbourhood news app's web pages (crime map, lost and found, local events).
const TUNE_178: Templates = Templates {
    teasers: &[
        "🐾 Spotted a loose dog on Maple Row? The Lost & Found board has a dozen fresh sightings since breakfast →",
        "Get the Block Report: overnight incidents within half a mile of your front door, delivered before 7am.",
        "More from your neighbourhood: {headline}",
        "Neighbours are arguing about {topic} right now — 212 replies and counting",
        "Sponsored · Hartwell Roofing & Gutters — free storm-damage inspection for residents of {city}. Book a slot ›",
        "Live pins, push alerts and street-level filters are all in our app. Free in the App Store and on Google Play",
        "Happening nearby Saturday: flea market, a toddler storytime and the Elm Street block party. See all 23 »",
        "Become a Street Supporter for £3 a month — that's what keeps coverage of {topic} open to every household on your road.",
        "ALSO NEARBY ▸ {headline}",
        "Listen: The Corner Shop podcast, ep. 41: the mystery of the shifting bin-collection schedule",
    ],
    forms: &[
        "Lost or found something? Item type ▾  Last seen near (street or landmark)  Upload photo  Post it",
        "That's four out of five free local stories during March. Verify your address to carry on reading.",
        "Postcode (e.g. NW5 2LT) — show incidents nearby",
        "Have your say: speed bumps on Carrow Lane? ◯ Bring them in ◯ Leave it ◯ Can't decide — 1,318 votes",
        "Hmm — pins failed to appear. Wait a moment and pull down again.",
        "Your home area is saved as a cookie, which is how nearby alerts reach you. Settings · Fine by me",
        "Sign in to comment. Only verified residents of this neighbourhood can reply here.",
        "Submit a listing: Title, Date & time, Venue, Free / Ticketed ☐ — a volunteer reviews every listing before it goes live",
        "No matching posts within 1 mile. Try widening your radius.",
        "Location access denied. Turn on location services to get pinged about your street.",
    ],
    navigation: &[
        "Home › {city} › Northside › Crime & Safety",
        "Feed | Map | Lost & Found | Events | Marketplace | Ask a Neighbour",
        "‹ Earlier   3 / 12   Later ›",
        "Send this to neighbours: WhatsApp · Nextdoor · Facebook · Link",
        "Back to map",
        "💬 38 neighbours replied ↓",
        "▲ Top",
        "Filter: All incidents · Burglary · Vehicle · Vandalism · Antisocial behaviour · Past week ▾",
        "Skip to neighbourhood feed",
        "LOST & FOUND",
    ],
    bylines: &[
        "By {name}, Neighbourhood Correspondent",
        "Posted by {name} · Verified resident · 2h ago",
        "{name} covers the eastern wards, licensing hearings and anything involving foxes. Tips: @{handle}",
        "Incident data: local police open-data feed, refreshed hourly. Map pins are placed at street level, not exact addresses.",
        "Photo submitted by a reader / {name2}",
        "With extra legwork from {name2}. Something wrong? fixes@blockwire.local",
        "Community editor: {name} | Amended 09.42",
        "{city} — written up after the Tuesday ward meeting",
    ],
    headlines: &[
        "Allotment society outlaws leaf blowers following three-hour meeting",
        "Missing tortoise found two streets away, ‘completely unbothered’",
        "Pharmacy on Wexley Road to close at 1pm on Sundays starting in May",
        "Residents petition for zebra crossing outside primary school after near miss",
        "Exhaust part thefts climb across four postcodes, police say",
        "Pop-up library in old phone box reopens after roof repair",
        "Council confirms date for long-delayed resurfacing of Fenwick Hill",
        "Retired postman, 84, completes 100th lap of the park for hospice",
    ],
    topics: &[
        "parking permits",
        "bike thefts",
        "the Thursday street market",
        "streetlight outages",
        "the 47 bus diversion",
    ],
    names: &[
        "Marguerite Okonjo",
        "Tomasz Wielgosz",
        "Priya Raghunathan",
        "Declan Farrow",
        "Yuki Haraguchi",
    ],
    seed: 178,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a mix of what an embassy's political officer reads on a working day (wire services, think-tank
/// briefs, government statements, regional dailies), each line from any one, at least half of each
/// field as plain sentences.
const TUNE_179: Templates = Templates {
    teasers: &[
        "Download the complete paper: “{topic} after the ceasefire — five scenarios for 2025” (PDF, 34 pp.) →",
        "Two of the authors will present this research at an off the record roundtable later this month with seats held for embassy staff",
        "▶ VIDEO: Vice-minister fields questions after bilateral talks (12:41)",
        "Diplomats in forty countries start their morning with our capitals briefing and you can join them free of charge",
        "RELATED | {headline}",
        "Remarks the foreign secretary delivered this morning have been published word for word on the government portal in three official languages",
        "🎧 Fresh on Corridor Talk: {name} unpacks sanctions fatigue in Brussels and beyond",
        "Provincial journalism survives on subscriptions and even a modest pledge keeps our northern bureau open",
        "SPONSORED · Treasury services built for missions & NGOs — talk to our diplomatic banking team",
        "Our fellows have written widely on {topic} and older papers live in the publications library",
    ],
    forms: &[
        "Correspondents seeking a place on the embargoed distribution list should email the weekend press duty desk",
        "Meter check ▸ 3 stories left in this cycle — unlimited plan €1.99/mo ›",
        "Trackers from two measurement firms run here alongside a preference file for your provincial edition. ✔ Agree   ✖ Refuse   🛠 Options",
        "Downloading this report requires a partner login issued by the institute",
        "QUICK VOTE ▸ Bloc renews the monitoring mandate in March? ◉ Likely ◉ Unlikely ◉ Too early to say",
        "Posts are vetted manually, which can hold up publication of your remark for several hours",
        "Look up communiqués by date, country or keyword",
        "⚠ Wire ticker offline (503). Trying again shortly…",
        "Media bids for time with the spokesperson are handled through the accreditation desk on weekdays only",
        "Name* | Organisation* | Country of residence ▾ | Submit request",
    ],
    navigation: &[
        "Ministry › Spokesperson › Readouts › 2024",
        "Return to the top",
        "Forward ⟶ WhatsApp · Signal · Copy address",
        "Next story",
        "‹ Older briefing — Newer briefing ›",
        "Diplomacy Security Trade Provinces Columns Wire",
        "Skip past the menus to the report",
        "Showing results 11 to 20 of 148",
        "🔊 Play narration · 6 min · synthetic voice",
        "Regional Desk / {city} / Latest",
    ],
    bylines: &[
        "{name}, Foreign Affairs Editor — filed from {city}",
        "{city}, 14 March (AW) –",
        "{name} directs the Eurasia programme after a long diplomatic career that included postings as counsellor in three regional capitals",
        "Writing: {name} · Field reporting: {name2} ({city}) · Editor: Clare Haverford",
        "Photograph courtesy of the presidential press service",
        "{name2} handled the Portuguese to English work for our international desk",
        "Should this release require amendment the spokesperson will publish a revised version on this page",
        "Write to {name}: {handle}@thecoastalherald.com | @{handle}",
        "This commentary reflects personal judgement only and carries no institutional endorsement",
    ],
    headlines: &[
        "Finance ministers agree to delay debt talks beyond the summer recess",
        "Coastguard intercepts fishing fleet near disputed atoll; envoy called in for protest",
        "Detained opposition figure granted bail after twenty two days in custody",
        "EXPLAINER: How transit traders are affected by the revised border protocol",
        "Drought sends grain prices across the Sahel to their highest level in four years",
        "Parliament votes 212–98 to ratify defence pact amid street protests",
        "Central bank governor resigns unexpectedly citing health reasons",
        "‘We are not a buffer state,’ president tells visiting delegation",
    ],
    topics: &[
        "maritime security",
        "election monitoring",
        "sanctions policy",
        "refugee returns",
        "energy diplomacy",
    ],
    names: &[
        "Ines Valdivia",
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Rashid Karimov",
        "Mei-Lin Haraguchi",
    ],
    seed: 179,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a motoring and transport news site (road safety, highways, public transit), at least half of
/// each field as plain sentences.
const TUNE_180: Templates = Templates {
    teasers: &[
        "Confused by smart motorway lane closures? Our short explainer clears up the red X signs",
        "▶ WATCH: Dashcam footage shows a lorry jack-knifing across three lanes (2:31)",
        "Sign up for The Road Ahead and each Friday we will send you what changed on {topic}",
        "NEXT JUNCTION » Councils given 28 days to fill reported potholes or pay penalties",
        "Our weekly commuter podcast asks why bus routes keep vanishing from the suburbs of {city}",
        "Sponsored | Compare 2025 EV lease deals from £189/month – no-deposit options available",
        "Busiest lanes today: ① Speed camera vans handed new powers ② Season tickets creep higher ③ {headline}",
        "Monthly backers fund the reporters who sit through highway planning inquiries on your behalf",
        "🚆 Heading off on Saturday? Live delays and engineering works are on our Travel Tracker →",
        "Catch up on our earlier coverage of {topic} using the topic tag below",
    ],
    forms: &[
        "Enter your registration number to see whether your vehicle is affected by the recall",
        "All five free road tests for April are gone but a month of membership costs under half a tank of diesel",
        "Our pages use cookies so advertisers can bankroll the traffic desk. [Okay]  [Customise]",
        "POLL: Should 20mph become the default limit in built-up areas? ○ Yes please ○ Leave as is ○ Only near schools — 4,112 votes",
        "Replying needs a free account and creating one is quick",
        "Postcode*  |  Mobile*  |  ☐ Text me weekly roadworks alerts near my postcode",
        "Live departures are unavailable while our timetable feed is being repaired",
        "Reader responses are paused here until the inquest ends",
        "🔍 Search used cars, reviews, news…",
        "Get a free valuation: Make ▾  Model ▾  Mileage ____  [Value my car]",
    ],
    navigation: &[
        "Home › News › Road Safety",
        "Up to the headlines",
        "Pass this report along by Facebook or WhatsApp",
        "← Previous | Next: {headline}",
        "Bypass menus",
        "News  Reviews  Buying Guides  Electric Cars  Public Transport  Opinion",
        "◀ Earlier  |  3 / 17  |  Later ▶",
        "⏵ 0:42 / 2:19  🔊  Subtitles  ⛶",
        "More from Highways and Infrastructure",
        "ROAD SAFETY / {topic}",
    ],
    bylines: &[
        "By {name} and {name2} in {city}",
        "{name} edits our motoring pages and drove a black cab in {city} for six years beforehand",
        "Photograph: {name2}/PA Wire",
        "Updated 07:42 GMT · First published 06:15",
        "Court reporting by {name2}",
        "✉ {handle}@roadwire.news  |  X: @{handle}",
        "If we have printed a wrong figure or road number, our accuracy team wants to hear from you",
        "Video: reader-supplied dashcam clip / edited by {name2}",
        "Filed from {city} — reading time 4 mins",
    ],
    headlines: &[
        "Motorway service station fuel prices to be shown on overhead signs in new trial",
        "Tram drivers back walkout in dispute about weekend rotas",
        "‘I never saw him’: Cyclist’s family calls for compulsory eyesight checks for older motorists",
        "Learner drivers now waiting longer than ever for a practical test",
        "Bridge closure extended until spring after inspectors find corroded cables",
        "Ferry operator fined £2.3m over missed lifeboat drills",
        "ANALYSIS: Where have all the e-scooter rental schemes gone?",
        "Night buses return to 14 routes – but fares jump 30%",
    ],
    topics: &[
        "speed cameras",
        "rail fares",
        "EV charging points",
        "pothole repairs",
        "driving test backlogs",
    ],
    names: &[
        "Priya Ramanathan",
        "Tomasz Wielgosz",
        "Adaeze Okonkwo",
        "Callum Fairweather",
        "Mariela Quintero",
    ],
    seed: 180,
};

/// Thirty-second round, written by a helper session from the noise kinds alone (not the other sets):
/// a water, dams and irrigation policy news site covering South and Central Asia, at least half of
/// each field as plain sentences.
const TUNE_181: Templates = Templates {
    teasers: &[
        "Also read ➜ Downstream nerves grow as the Rogun project in Tajikistan rises",
        "Each Thursday Basin Brief rounds up water policy moves from the Indus basin to Lake Balkhash.",
        "🎧 Ep. 117 of Headwaters — {name} on why Punjab’s aquifers keep dropping",
        "Chip in for {topic} coverage — Friends of Basin Wire start at ₹99/month ›",
        "SPONSORED | Drip kits built for smallholders in Sindh & Balochistan – see the range",
        "All our Indus treaty row coverage sits in one dossier that is updated weekly.",
        "MOST READ ▸ {headline} ▸ Fergana growers fear dry autumn ▸ Kabul River flows hit decade low",
        "Our film crew spent a season beside the shrinking Aral Sea with the fishermen who never left, and the twenty minute film is now streaming.",
        "Reader donations fund our trips to remote canal villages. Giving a little every month puts our reporters back on buses and boats.",
        "Our phone app sends flood warnings and reservoir levels for every tehsil in the country.",
    ],
    forms: &[
        "Your email ____________   [ Get Basin Brief ]",
        "Analytics tags let Basin Wire count who opens our interactive maps. Got it | Adjust",
        "Just two complimentary stories are left for you this calendar month.",
        "Quick poll 🗳 Restart treaty negotiations between the two neighbours? ◯ Yes, urgently ◯ Only with mediation ◯ No",
        "Each reader note waits in a queue for moderation, so your post could be delayed.",
        "Bookmark this piece for later once you are signed in.",
        "🔍 Search reservoirs, rivers, reports…",
        "The live river gauge feed has stalled for now. Check back shortly.",
        "Nickname · E-mail (not displayed) · Send ➤",
        "Paying readers unlock our dam and canal database along with monthly briefing papers.",
    ],
    navigation: &[
        "Home › Central Asia › Transboundary Rivers",
        "‹ 1 … 19 20 21 … 38 ›",
        "Share ↗ 𝕏 | VK | Telegram | 🔗",
        "▶ 03:52 ⁄ 11:09   🔊   CC   ⛶",
        "Straight to the story",
        "Rivers Dams Irrigation Groundwater Climate Policy Opinion",
        "Our series follows the Kabul River downstream over four parts and this chapter covers Jalalabad.",
        "Scroll up",
        "Browse other dispatches by our Kathmandu and Lahore bureaus",
        "Tags: #Indus #Hydropower #Kyrgyzstan",
    ],
    bylines: &[
        "By {name} | {city} | Posted 3 Sept 2023 · 18:40 IST",
        "Based in Almaty, she has covered hydropower and water sharing across the five Central Asian republics for nearly a decade.",
        "Photo: {name2}/Basin Wire — Workers inspect a sluice gate on the Sukkur Barrage.",
        "Reporters in Kathmandu and Dhaka pitched in with interviews and field notes.",
        "Chart: mapping team · Figures via national irrigation ministries & satellite estimates",
        "Anyone who finds a wrong figure or name here can email our standards unit, which replies to every complaint within two days.",
        "Write to {name}: {handle}@basinwire.org · @{handle}",
        "A regional journalism fund covered travel costs. The funder never reviewed the draft.",
        "Video edited by Farida Nurmatova",
    ],
    headlines: &[
        "Kyrgyzstan and Uzbekistan agree on summer water release schedule from Toktogul",
        "Nepal clears study of second storage dam on the Karnali",
        "Wheat farmers in Sindh turn to solar pumps as canal water runs short",
        "Dhaka presses New Delhi to reopen Teesta sharing negotiations",
        "‘The monsoon will not save us’: Balochistan towns ration drinking water",
        "Qosh Tepa canal: Afghanistan says phase two is 80% complete",
        "Rogun cost climbs to $6.4bn — and who pays for it",
        "Explainer: Why Pakistan’s groundwater tables are falling faster than forecast",
    ],
    topics: &[
        "the 1960 Indus treaty",
        "canal irrigation reform",
        "glacier melt",
        "hydropower dams",
        "groundwater depletion",
    ],
    names: &[
        "Arjun Bhattarai",
        "Sadia Qureshi",
        "Timur Abdrakhmanov",
        "Lena Hoffmann",
        "Nilufar Sharipova",
    ],
    seed: 181,
};

/// Held-out-10: written at the start of the eighth round (word vectors as model inputs), before
/// any change of that round, and measured once at its end.
const UNSEEN_10: Templates = Templates {
    teasers: &[
        "Keep scrolling for {headline}",
        "Photo essay: {headline}",
        "Our full coverage of {topic} is here",
        "Listen: the week in {topic}, a 20-minute podcast",
        "Don't miss — {headline}",
        "Why it matters: our explainer on {topic}",
        "Most shared today: {headline}",
        "See every update on {topic} in one place",
        "Continue reading below",
    ],
    forms: &[
        "Your name (required)",
        "Sign in with Google",
        "Reject non-essential cookies",
        "Choose a display name to start commenting",
        "By registering you accept our privacy notice",
        "Send me occasional offers from partners",
        "Submit your question",
        "Unlock this article for $1",
        "Verify you are human",
    ],
    navigation: &[
        "Earlier coverage",
        "Return to menu",
        "Browse by region",
        "Next: {headline}",
        "Up arrow",
        "Go to the latest",
        "Section index",
        "Page 1 | 2 | 3",
        "Skip advertisement",
    ],
    bylines: &[
        "{name} writes about security and diplomacy for the paper.",
        "Reporting by {name}; editing by {name2}",
        "{name} is our correspondent in {city}.",
        "Filed by {name} at 10:42 local time",
        "Interview conducted by {name2}",
        "Follow {name} on social media: @{handle}",
        "{name} joined the newsroom in 2019 after a decade at a wire service.",
    ],
    headlines: &[
        "Mediators set date for next round of talks",
        "Border markets reopen after week-long closure",
        "Court hears appeal over disputed election result",
        "Farmers count cost of late frost",
        "National team names squad for regional cup",
        "Power cuts return as reservoirs run low",
        "New bridge links two valley districts",
        "Pilgrims gather as festival season begins",
    ],
    topics: &[
        "the peace process",
        "water sharing",
        "refugee returns",
        "the economy",
        "the monitoring mission",
    ],
    names: &[
        "Farida Noori",
        "Imran Qureshi",
        "Sofia Lindgren",
        "Mateo Alvarez",
        "Chiara Bellini",
    ],
    seed: 0,
};

/// Held-out-11: written right after held-out-10 was measured (eighth round), before any change of
/// the next round.
const UNSEEN_11: Templates = Templates {
    teasers: &[
        "Go deeper: {headline}",
        "Dig into our {topic} archive",
        "Now playing — {headline}",
        "Get {topic} briefings each morning by email",
        "Explore the map: how {topic} unfolded",
        "Related reading >> {headline}",
        "Still curious? Start with our primer on {topic}",
        "Watch next: {headline}",
        "Hear the full interview on our audio app",
    ],
    forms: &[
        "Write a response",
        "Show password",
        "Register free to keep going",
        "Privacy dashboard",
        "Mark as spam",
        "Order replies: most liked first",
        "Your email will be kept private",
        "Claim your discount",
        "That postcode looks wrong",
    ],
    navigation: &[
        "See every headline",
        "Swipe up to keep reading",
        "Sitemap and help",
        "Skip to the discussion",
        "Older",
        "Elsewhere in World news",
        "Page 3",
        "Exit full-screen mode",
        "Previous: {headline}",
    ],
    bylines: &[
        "{name} leads our bureau in {city}.",
        "Production: {name}; sound: {name2}",
        "With contributions by {name2} in {city}",
        "About {name}: a former aid worker, now a freelance writer.",
        "Camera: {name2}",
        "Reach {name} at {handle}@example.net",
        "{name} has spent twelve years reporting on security.",
    ],
    headlines: &[
        "Talks on prisoner exchange enter second day",
        "Flooded highway reopens to traffic",
        "Election commission publishes final turnout figures",
        "Cricket board announces new coaching staff",
        "Fuel prices rise for the third time this year",
        "Health workers begin polio vaccination drive",
        "Customs officials seize smuggled medicines",
        "Universities reopen after winter break",
    ],
    topics: &[
        "the truce",
        "border crossings",
        "displacement",
        "the budget",
        "security",
    ],
    names: &[
        "Gulalai Wazir",
        "Omar Siddiqui",
        "Katarzyna Mazur",
        "Diego Herrera",
        "Yaw Asante",
    ],
    seed: 0,
};

/// Held-out-12: written right after held-out-11 was measured (ninth round), before any change of
/// the next round.
const UNSEEN_12: Templates = Templates {
    teasers: &[
        "Before you go: {headline}",
        "Inside the numbers behind {topic}",
        "Part two of our series on {topic} runs tomorrow",
        "From our partners: {headline}",
        "Hungry for more? Browse the {topic} collection",
        "Picked by our editors » {headline}",
        "A quick explainer on {topic} for busy readers",
        "Tonight on the podcast: {headline}",
        "Press play for the highlights",
    ],
    forms: &[
        "Type your comment here…",
        "Stay logged in",
        "Decline optional tracking",
        "Pick a username",
        "Send us a tip securely",
        "Promo code",
        "Your subscription has expired",
        "Confirm your age to view this content",
        "Thumbs up (12)",
    ],
    navigation: &[
        "Up next",
        "Earlier: {headline}",
        "Magnifier icon",
        "Hide navigation",
        "Return home",
        "Index of topics",
        "4 of 9",
        "Leave full view",
        "Tap for the menu",
    ],
    bylines: &[
        "{name} is a staff reporter for the international pages.",
        "Pictures and words: {name}",
        "{name} and {name2} wrote this story; {name2} filed from {city}.",
        "Opinion columnist {name} tweets as @{handle}",
        "Animation by {name2}",
        "{name} has written about the border region since 2011.",
        "Verification: {name2}",
    ],
    headlines: &[
        "Ceasefire monitors visit shelled villages",
        "Grain convoy crosses after two-week wait",
        "Provincial assembly passes education budget",
        "Mountain rescue team saves stranded climbers",
        "Carpet weavers see surge in orders",
        "Measles vaccination reaches remote valleys",
        "Weekend curfew lifted in border town",
        "Veteran batsman announces retirement",
    ],
    topics: &[
        "the armistice",
        "trade routes",
        "returning families",
        "inflation",
        "the verification mission",
    ],
    names: &[
        "Mariam Durrani",
        "Asad Mehmood",
        "Ingrid Olsen",
        "Lucia Ferraro",
        "Kwabena Owusu",
    ],
    seed: 0,
};

/// Held-out-13: written right after held-out-12 was measured (tenth round), before any change of
/// the next round.
const UNSEEN_13: Templates = Templates {
    teasers: &[
        "Coming up next — {headline}",
        "Our correspondents answer readers on {topic}",
        "Revisit the timeline of {topic}",
        "People are reading: {headline}",
        "Don't want to miss a thing on {topic}? Switch on alerts for it",
        "Catch the replay of last night's debate",
        "Sponsored | {headline}",
        "Get the full picture in our visual guide to {topic}",
        "Fresh from the wires: {headline}",
    ],
    forms: &[
        "Replying to a comment",
        "Forgot your username?",
        "Accept and close",
        "Choose your region to personalise the news",
        "Upload a profile photo",
        "Thank you — your vote has been counted",
        "Edit your reading preferences",
        "Restore purchases",
        "This field cannot be left blank",
    ],
    navigation: &[
        "Skip the intro",
        "Swipe left for more photos",
        "Return to live coverage",
        "Menu ≡",
        "Latest: {headline}",
        "Collapse the sidebar",
        "Go to page 2",
        "All regions",
        "Print-friendly version",
    ],
    bylines: &[
        "{name}, our senior regional editor, reported this piece.",
        "Graphic design: {name2}",
        "{name} worked as a radio producer before joining the team.",
        "Translated from Urdu by {name2}",
        "Write to the writer: {handle} (at) example.com",
        "Audio produced by {name} in {city}",
        "{name} covers courts, crime and the police.",
    ],
    headlines: &[
        "Border traders await new customs rules",
        "Negotiators agree agenda for resumed talks",
        "Heatwave strains hospitals across the plains",
        "Women's cricket side books place in final",
        "Electricity tariffs frozen until spring",
        "Displaced families return to repaired homes",
        "Mobile network restored in northern districts",
        "Archive photographs go on public display",
    ],
    topics: &[
        "the peace agreement",
        "cross-border markets",
        "the refugee camps",
        "fuel supply",
        "the joint commission",
    ],
    names: &[
        "Shabana Kakar",
        "Tariq Jamil",
        "Elena Rossetti",
        "Pieter de Vries",
        "Ama Boateng",
    ],
    seed: 0,
};

/// Held-out-14: written right after held-out-13 was measured (eleventh round), before any change
/// of the next round.
const UNSEEN_14: Templates = Templates {
    teasers: &[
        "You might have missed: {headline}",
        "Unpacking {topic}, one question at a time",
        "Readers are debating {topic} on our forum",
        "Visual story | {headline}",
        "Tomorrow's briefing will cover {topic} in depth",
        "Scroll through the photo diary",
        "Trending in your area — {headline}",
        "Unlimited {topic} coverage for subscribers",
        "Highlights reel: {headline}",
    ],
    forms: &[
        "Submit reply",
        "Keep me signed in on this device",
        "Reject tracking and continue",
        "Set a new password",
        "Already registered? Sign in here",
        "Coupon applied",
        "We could not verify that email",
        "Answer a quick survey to help us improve",
        "Likes (34)",
    ],
    navigation: &[
        "Show the menu",
        "Up: {headline}",
        "Slide 5 / 11",
        "Page top ↑",
        "Regional pages",
        "Newest first",
        "Straight to the story",
        "Home / Asia / Region",
        "Tap here to enlarge",
    ],
    bylines: &[
        "{name} has been the paper's security correspondent since 2016.",
        "Maps: {name2}",
        "{name} lives in {city} and writes on water and farming.",
        "Interviews by {name} and {name2}",
        "Questions for the author? Email {handle}@example.com",
        "Text: {name}. Editing: {name2}.",
        "Staff writer {name} contributed from {city}.",
    ],
    headlines: &[
        "Monitors report a quiet week on the frontier",
        "Apple growers count losses after hailstorm",
        "New ferry service links river towns",
        "Cabinet reshuffle brings three new ministers",
        "Football league season opens to full stadiums",
        "Clinic opens for displaced families",
        "Exports of dried fruit reach record high",
        "Teachers end strike after pay deal",
    ],
    topics: &[
        "the monitoring talks",
        "crossing points",
        "returnees",
        "the harvest season",
        "the mediation effort",
    ],
    names: &[
        "Nilofar Sadat",
        "Junaid Akhtar",
        "Mette Lund",
        "Rafael Costa",
        "Efua Mensah",
    ],
    seed: 0,
};

/// Held-out-15: written right after held-out-14 was measured (twelfth round), by a writer given
/// only the brief (kinds, counts, placeholders; many kinds of news site mixed), then reworded by
/// the same writer until no line shared a three-word phrase with any other set (checked by a
/// script that printed only the shared phrases). Never printed line by line.
const UNSEEN_15: Templates = Templates {
    teasers: &[
        "ALSO TODAY ▸ {headline}",
        "Hear this story narrated · 6 min",
        "Our weekday Early Edition lands at 7am. Join 40,000 readers, no charge",
        "LIVE BLOG: minute-by-minute developments on {topic}",
        "Readers who viewed this went on to open: {headline}",
        "Push alerts now on iPhone and Android. Grab the app ›",
        "Sponsored · Neighbours near you have quietly cut energy bills with rooftop panels",
        "▶ WATCH: Residents describe the moment the bridge closed (2:14)",
        "Further reading on {topic}",
    ],
    forms: &[
        "Thanks — a moderator will review your reply shortly.",
        "That email doesn't look right. Double-check and retry.",
        "This site relies on tracking technologies for analytics and tailored ads. OK, fine | Adjust settings",
        "Only 2 complimentary stories remain before the paywall. Unlock everything from £1 weekly",
        "QUICK VOTE: Should the branch library add Sunday afternoons? For / Against / Undecided",
        "Got an account already? Sign back in",
        "Nearly done! We've emailed a link — tap it to activate your newsletter.",
        "Name (required)   Email (kept private)   Website",
        "Font: Small Medium Large   |   Night theme: Off",
    ],
    navigation: &[
        "Home > News > Local > Education",
        "Bypass menu, go to article",
        "« Newer   Page 5 of 12   Older »",
        "Photo 4 / 17",
        "Send via WhatsApp · Post on Facebook · Copy URL",
        "RETURN UP ↑",
        "News | Sport | Business | Opinion | Culture | Lifestyle | Weather",
        "Coming up in Local →",
        "❚❚  🔇  ⛶  00:00 / 03:42  CC",
    ],
    bylines: &[
        "Words: {name} & {name2} — {city}",
        "Housing and transport are {name}'s beat. She posts as @{handle}",
        "Picture credit: {name} (staff)",
        "Know something we should investigate? Message {handle}@example.com",
        "Spanish-language original by {name2}; English version prepared by {name}.",
        "Charts: {name} · Filming: {name2}",
        "{city} (Wire) — Additional reporting: {name}; desk edit: {name2}",
    ],
    headlines: &[
        "City council approves budget for new cycle lanes along riverfront",
        "Local bakery wins national award for its sourdough",
        "Amber alert for extreme heat as thermometers could hit 35C",
        "Tech Giant Reports Record Quarterly Profits Despite Slowing Sales",
        "Researchers identify previously unknown tree frog high in misty Andes canopy",
        "Why mortgage rates may fall sooner than expected",
        "Star striker signs three-year contract extension",
        "MUSEUM TO REOPEN AFTER £12M RESTORATION",
    ],
    topics: &[
        "bus and tram subsidies",
        "school lunch programmes",
        "coastal erosion",
        "small business lending",
        "hospital waiting times",
    ],
    names: &[
        "Ngozi Adeyemi-Clarke",
        "Bartłomiej Kowalczyk",
        "Hui-Min Tsai",
        "Rafael Gutiérrez",
        "Siobhan O'Connell",
    ],
    seed: 0,
};

/// Held-out-16: written right after held-out-15 was measured (thirteenth round), the same way
/// (a writer given only the brief, rewording until no line shared a three-word phrase with any
/// other set, held-out-15 included). Never printed line by line.
const UNSEEN_16: Templates = Templates {
    teasers: &[
        "Worth your time ⟶ {headline}",
        "▶ Hear the 14-minute podcast episode our desk recorded about {topic}",
        "THE MORNING DISPATCH: one email, 6:30am, zero cost. Join 80,000 readers",
        "Paid content | Five kitchen upgrades renters can actually get away with",
        "Also on the site today: {headline}",
        "FOLLOW ALONG: council budget session, rolling blog",
        "Our reporters answered your questions about {topic} — rewatch the session",
        "Download the app and get score alerts before the final whistle",
        "Further coverage → {headline}",
    ],
    forms: &[
        "Your reply is waiting for a moderator to approve it.",
        "Passwords need a minimum of eight characters, with at least a single number",
        "We and 214 partners store cookies on your device. OK, got it / Customise",
        "That was your final complimentary read for April. Subscribe from $1/week",
        "QUICK POLL: Would you back a car-free square on Sundays? Yes / No / Undecided",
        "Item added to basket (1) — proceed to checkout",
        "Oops! We couldn't recognise that postcode.",
        "Nearly there — tap the link we just emailed and the briefing starts tomorrow",
        "Notification preferences saved",
    ],
    navigation: &[
        "Home › Regions › Coast & Highlands",
        "Jump to article",
        "« Older entries | Newer entries »",
        "Photo 7 of 22  ◀ ▶",
        "Politics  Business  Weather  Sport  Arts  Obituaries",
        "WhatsApp · Link · Mail",
        "↑ Return upward",
        "Pg. 3 / 7",
        "NEXT STORY ›",
    ],
    bylines: &[
        "{name} reported this story from {city}; {name2} contributed",
        "{name} covers transport and infrastructure. Leads welcome: {handle}@example.com",
        "Photograph: {name}/staff",
        "Graphic by {name2} | Sources: census bureau, local records",
        "Translated from the Portuguese by {name}",
        "{name} posts at @{handle}",
        "Copy editing: {name2}. Verification: {name}.",
    ],
    headlines: &[
        "Library fines scrapped after decade-long campaign by retired teacher",
        "Rail operator trials standing-only carriages on commuter route",
        "Why tomato prices doubled over a single summer",
        "COASTAL TOWN VOTES TO KEEP ITS 1920s LIDO OPEN",
        "Startup founder, 24, sells budgeting app to regional bank",
        "Heatwave sets new June record in three provinces",
        "Museum returns carved masks to island community",
        "Amateur astronomer spots previously unknown comet from garden shed",
    ],
    topics: &[
        "urban tree planting",
        "pension reform",
        "free meals in primary schools",
        "broadband in rural areas",
        "bird migration",
    ],
    names: &[
        "Sigrún Hallvarðsdóttir",
        "Bogumiła Wrzesińska",
        "Chidimma Ezeugwu",
        "Itzel Bautista Carrizo",
        "Kaveh Tabrizian",
    ],
    seed: 0,
};

/// Held-out-17: written right after held-out-16 was measured (fourteenth round), the same way
/// (a writer given only the brief, rewording until no line shared a three-word phrase with any
/// other set, held-out-16 included). Never printed line by line.
const UNSEEN_17: Templates = Templates {
    teasers: &[
        "Tonight at 6: our reporters retrace {topic} street by street — tune in",
        "ALSO BY THIS WRITER ▸ {headline}",
        "Podcast | Ep. 214: Why {topic} keeps councillors awake at night (38 min)",
        "Seven stories, zero fluff, before your kettle boils. Our dawn bulletin hits inboxes weekdays 6:30am — join free",
        "Paid partner content: How one bakery chain cut its energy bill by 40%",
        "Scan the QR code on page 12 to open tide tables on your phone",
        "Still catching up? {headline} →",
        "Ticker running now — every development in {topic}, refreshed constantly",
        "Readers who finished this piece also spent time on: {headline}",
    ],
    forms: &[
        "Hmm, that postcode seems off. Try a format like SW1A 1AA.",
        "We've saved your draft comment. It will vanish after 24 hours.",
        "Quick poll — ferry timetable: bring back hourly sailings? ○ Yes ○ No ○ Unsure",
        "3 of 5 complimentary reads left this month — unlock unlimited access for ₹99",
        "Toggle: Analytics cookies [ON]   Personalised ads [OFF]",
        "Oops! That password needs at least one numeral and a symbol.",
        "Thanks — your tip-off has reached our newsdesk. We may call you back.",
        "Add to basket · Qty 1 · Gift-wrap this print? (+$4.50)",
        "SIGNED IN AS GUEST. Switch account",
    ],
    navigation: &[
        "Home » Regions » Upcountry » Farming",
        "◀ Prev image | 7/23 | Next image ▶",
        "Jump straight to main text",
        "Pages: ‹ 4 5 6 … 19 › Older entries",
        "Local | Courts | Schools | Obits | Weather | E-Edition",
        "Mute  ·  Captions  ·  Fullscreen  ·  00:42 / 03:15",
        "Back to front page",
        "Copy link   WhatsApp   Telegram   Print",
        "SECTIONS ☰",
    ],
    bylines: &[
        "Words: {name}. Extra legwork: {name2}. Subbed at the Nairobi hub",
        "Buses, trams and rents: that beat belongs to {name}, out of our {city} newsroom. Signal her, or mail {handle}@example.com",
        "Drone footage: {name} / Coastal Herald",
        "Portuguese-to-English rendering: {name2}",
        "Charts and maps | {name}",
        "Toots from {name} live at @{handle}",
        "{name} | Bureau chief, {city} | With agency inputs",
    ],
    headlines: &[
        "Rare white kiwi chick hatches at wildlife centre",
        "Council votes 7–2 to rename harbour bridge after ferry captain",
        "CHESS PRODIGY, 11, HOLDS GRANDMASTER TO A DRAW",
        "Regional airline adds twice-weekly route to island capital",
        "Bakers brace as flour prices climb again, third quarter running",
        "Why your tomato seedlings are sulking, according to a soil scientist",
        "Amnesty on overdue loans sees 4,000 books returned to libraries in a week",
        "Tram line extension opens eight months ahead of schedule",
    ],
    topics: &[
        "water meter installations in older suburbs",
        "the revival of night markets",
        "rural broadband subsidies",
        "pension age reform talks",
        "coral reef monitoring programmes",
    ],
    names: &[
        "Oyelaran Adebisi",
        "Katarzyna Wróblewska",
        "Tupac Quispe Mamani",
        "Hiroko Tanabe",
        "Eamon Fitzgerald",
    ],
    seed: 0,
};

/// Held-out-18: written after held-out-17 was measured (fifteenth round), the same way (a writer
/// given only the brief, rewording until no line shared a three-word phrase with any other set).
/// Never printed line by line.
const UNSEEN_18: Templates = Templates {
    teasers: &[
        "Elsewhere in the Almanac: {headline}",
        "▶ 2m14s clip — drone footage circles the {topic} from four hundred feet up",
        "The Tuesday Ledger lands in 31,000 inboxes a week. Join them, it takes ten seconds",
        "Sponsored · Compare remortgage quotes from 14 lenders before rates shift again",
        "Listen: episode 212 of Kitchen Table Economics unpacks {topic} with {name}",
        "READERS ALSO CLICKED → {headline}",
        "Deeper dive — the {topic}, untangled and refreshed for {city} households",
        "Advertorial | Why a ferry operator swears island hopping costs less off-peak",
        "Plenty more {city} desk reporting »",
    ],
    forms: &[
        "Thanks — we'll show your remark once a volunteer checks it. Links slow that down by a day or two.",
        "That's 3 complimentary stories used this month. Subscribers, tap to carry on reading",
        "We keep small files to remember your region and language. [Fine by me] [Let me pick]",
        "Which should the council fix first? ○ Potholes ○ Streetlights ○ Bus shelters [Vote]",
        "Oops — this widget couldn't load. Refresh, or try again in a minute.",
        "Basket (2) · Subtotal £38.50 · Free delivery over £45",
        "Search recipes, ingredients, chefs…",
        "Nickname*",
        "Type your postcode to see opening hours nearby",
    ],
    navigation: &[
        "Home › Regions › Coastal Districts › Weather",
        "⇧ Return to page top",
        "« Older posts | Page 7 of 42 | Newer posts »",
        "Overview   Fixtures   Table   Squads   Transfers",
        "3 / 11",
        "Pause ‖ Mute ♪ Captions CC Fullscreen ⤢",
        "SHARE: Facebook · WhatsApp · Telegram · Email · Copy",
        "Jump past the menu",
        "MENU ☰",
    ],
    bylines: &[
        "By {name} and {name2} | Updated 06:41 GMT",
        "Pictures — {name}/Gazette",
        "{name} covers farming and water rights out of {city}; messages to {handle} welcome.",
        "Rendered into English by {name2} (original in Portuguese)",
        "{name2} contributed field notes from {city}.",
        "Edited by {name} · Graphics: {name2}",
        "{city}, 14 March (Staff Correspondent) —",
    ],
    headlines: &[
        "Ferry strike enters third week as islanders ration fuel",
        "Why are lighthouse keepers back in demand? An oddly simple answer",
        "Orchestra: 'We sold 9,000 tickets to people who had never been to a concert'",
        "12 kilometres of bike paths approved for the northern suburbs",
        "Eleven-year-old chess prodigy draws with grandmaster in blitz exhibition",
        "Regional bank posts record quarter despite slump in mortgage lending",
        "Meteor shower peak: best viewing after 2 a.m., says observatory",
        "Do school uniforms really cost families less? Auditors are not sure",
    ],
    topics: &[
        "desalination plant expansion",
        "night bus service cuts",
        "beekeeping licence reform",
        "hospital parking fees",
        "coastal erosion funding",
    ],
    names: &[
        "Ngozi Ebere-Lawson",
        "Tomasz Wierzbicki",
        "Haruto Kanemoto",
        "Marisol Quintanilla",
        "Sione Taufa",
    ],
    seed: 0,
};

/// Held-out-19: written after held-out-18 was measured (sixteenth round), the same way (a writer
/// given only the brief, rewording until no line shared a three-word phrase with any other set).
/// Never printed line by line.
const UNSEEN_19: Templates = Templates {
    teasers: &[
        "▶ Watch next (4:12) — {headline}",
        "Our weekend digest on {topic} lands Saturdays at 7am. Free, no spam, unsubscribe anytime.",
        "PODCAST | Episode 212: {name} unpacks {topic} over a pot of very strong coffee",
        "Pairs well with this story: {headline}",
        "Sponsored · This lakeside cabin in Norway costs less than a city parking spot",
        "Popular among {city} subscribers this week →",
        "Trending in {city} right now: {headline} (14 min read)",
        "Know something about {topic} we should? Our newsroom checks every message sent via Signal.",
        "PROMOTED STORIES",
    ],
    forms: &[
        "38 replies so far. Log on with your reader account to add yours.",
        "Small data files let our partners personalise adverts. [Sounds good] [Essentials only] [Options]",
        "Free-article allowance used up (3 of 3). Read without limits from €1.99 weekly.",
        "Quick poll: Did today’s decision surprise you?  ◯ Very much  ◯ Somewhat  ◯ Hardly   [Submit answer]",
        "Oops! Playback is blocked for viewers in this territory.",
        "Qty: 1   Subtotal (1 item): $24.95   Go to secure payment ▸",
        "Type keywords, then press Enter…",
        "Email address*",
        "Thanks! Your feedback has been recorded. Did we solve your problem today?",
    ],
    navigation: &[
        "Home › World › Asia-Pacific",
        "↑ TOP",
        "« Earlier posts   |   Later posts »",
        "Latest  •  Opinion  •  Markets  •  Culture  •  Weather",
        "Pin · Tweet · Copy URL · WhatsApp",
        "3 / 12",
        "00:00 / 27:45  ⏯  🔊  ⚙  ⛶",
        "Results 41–60 of 312",
        "Bypass menu and go to story",
    ],
    bylines: &[
        "Words by {name} & {name2} — {city}, revised 09:41 GMT",
        "Photograph: {name} for this paper",
        "Portuguese-language original; English rendering by {name}.",
        "{name} covers agriculture and rural affairs from {city}. Drop her a line: @{handle}.",
        "— with extra reporting from {name2} in {city}",
        "Charts — {name} · Copy desk — {name2}",
        "Entry by {handle} · Sunday 3rd March, 11:15 pm",
    ],
    headlines: &[
        "Village bakery’s sourdough takes top national honour again",
        "Rail operator cancels overnight sleeper route citing falling ticket demand",
        "Why are so many teenagers taking up chess again?",
        "Flood barrier upgrade delayed as costs climb 40%",
        "Local swimmer, 71, crosses strait in under nine hours",
        "Rate-setters leave borrowing costs unchanged, hint at autumn trim",
        "Scientists map rare orchid colony hidden on abandoned quarry ledge",
        "Carved wooden masks go home to islanders after decades in museum storage",
    ],
    topics: &[
        "coastal erosion",
        "school lunch prices",
        "electric ferries",
        "housing permits",
        "honeybee decline",
    ],
    names: &[
        "Ingrid Solberg",
        "Tomasz Wieczorek",
        "Adaeze Okonkwo",
        "Rafael Quintero",
        "Mei-Ling Tsao",
    ],
    seed: 0,
};

/// Held-out-20: written after held-out-19 was measured (seventeenth round), the same way (a
/// writer given only the brief, rewording until no line shared a three-word phrase with any other
/// set). Never printed line by line.
const UNSEEN_20: Templates = Templates {
    teasers: &[
        "Still peckish? Our pastry editor baked 14 croissant recipes so you needn’t →",
        "🎧 Ep. 212, The Long Commute — why {city} trams keep running late (48 min)",
        "Sponsored · This quieter dishwasher won over 2,000 households in a blind trial",
        "From our autumn print edition → “{headline}”",
        "▶ Up next — {name} wades through the flooded vineyard in under four minutes",
        "Paying members also get our Friday digest on {topic}. Upgrade from €3 monthly.",
        "Trending tonight around {city}: {headline}",
        "Dig deeper: an explainer on {topic}, with maps and a timeline",
        "PHOTOS: 23 images from the lantern parade",
    ],
    forms: &[
        "Comments are held for review before going live. Be kind.",
        "Name * Email (never shown publicly) * Website",
        "You’ve finished May’s gratis reads (3/3). Unlimited access: $1 for 6 weeks. Have an account? Sign in",
        "Tiny data crumbs help us personalise adverts and count visits. [Sounds good] [Customise]",
        "QUICK VOTE — car-free Sundays in the town square? Thumbs up / Thumbs down / Can’t decide · 1,482 responses so far",
        "Oops — this clip isn’t licensed for viewers where you are.",
        "Qty 1 × Linen apron (sage) — $24.90 | Continue to payment",
        "Looking for a dish, a chef or an ingredient?",
        "Almost done! A confirmation message just landed — open it and your subscription goes live.",
    ],
    navigation: &[
        "Home › Travel › Asia › Vietnam",
        "← Previous dispatch ∣ Following dispatch →",
        "1 / 12",
        "Share this recipe — Pinterest / Messenger / Print / Copy URL",
        "⏮ ⏯ ⏭ 1:12 / 3:41 CC HD",
        "World | Business | Culture | Food | Opinion | Crosswords",
        "↑ Top",
        "pg. 2 / 7 · next →",
        "Overview   Standings   Fixtures   Squad   Transfers",
    ],
    bylines: &[
        "By {name} and {name2}, {city}",
        "Photograph: {name}/Agence Lumière",
        "{name} has covered restaurants in {city} for Gastro Weekly since 2011 and judges the regional pie awards. Follow: {handle}",
        "Portuguese original; English version by {name2}",
        "{name2} contributed from {city}. Edited by {name}.",
        "Graphics: {name} · Data: {name2}",
        "Seen something newsworthy? Signal {name} or DM {handle}",
    ],
    headlines: &[
        "Village bakery in Cornwall wins national sourdough prize for second year",
        "Rare snow leopard filmed on camera trap in Himalayan foothills",
        "Reserve bank pauses hikes as inflation cools to 2.4%",
        "‘We just kept paddling’: teens rescued after 30 hours adrift off Fiji",
        "Startup recalls 40,000 e-scooters over battery fire risk",
        "Local derby ends 2-2 after stoppage-time header",
        "How a former geography teacher turned a disused railway into a 60-km cycle trail",
        "Heatwave shuts schools early across three southern regions",
    ],
    topics: &[
        "urban cycling",
        "coral reef restoration",
        "housing costs",
        "school meals",
        "river pollution",
    ],
    names: &[
        "Ngozi Adebayo-Clarke",
        "Tomasz Wróblewski",
        "Mei-Lin Hsu",
        "Rafael Quispe",
        "Ingrid Solvang",
    ],
    seed: 0,
};

/// The twenty-first held-out set, written in the eighteenth round by a helper session from the
/// noise kinds alone (never run before the nineteenth round's end; only totals printed).
const UNSEEN_21: Templates = Templates {
    teasers: &[
        "🌾 Harvest Desk: grain bids, weather windows and {topic} in one Monday-morning email → Count me in",
        "ALSO FROM THE QUAD: {headline}",
        "Our reporters are students, and they work unpaid. Toss $5 our way and you've covered a week of print runs.",
        "Weekend Plans? We picked 14 patios, two rooftop bars and one very odd karaoke night in {city}. See the list »",
        "Listen: On this week's Argument Hour, {name} and {name2} go three rounds over {topic}. (48 min)",
        "Paid partnership | This feature on precision irrigation was produced with support from a seed cooperative. Our newsroom did not review or shape it.",
        "Dissent isn't free to publish. Back us from $4 a month — the quarterly print issue shows up at your door as a thank-you.",
        "More on {topic}",
        "Trending on campus: 1. Dining hall swipe changes 2. {headline} 3. Parking appeals backlog",
        "Get the Night Owl app — happy-hour alerts near you, updated daily.",
    ],
    forms: &[
        "That was your third free story of the month. Subscribers get unlimited market reports and the full 40-year archive. Subscribed on paper? Link your account.",
        "Thanks for weighing in. Replies containing links or profanity sit in a queue until someone on the student editorial board approves them.",
        "Quick poll: Do you want the {topic} subsidy brought back? ○ Yes ○ No ○ Need more info — Vote",
        "Type a postcode to compare cash bids at elevators near you",
        "Night Owl drops a few trackers in this browser to work out which neighbourhood's listings to show. Manage choices | Accept all",
        "Oops — the event calendar is having a moment. Reload the page, or give it a few minutes.",
        "Name* Email* (private) Website — Post reply",
        "Log in using your university ID to unlock stories older than 2015.",
        "Nearly done! Hit the button in our confirmation message and The Daily Dispatch starts arriving tomorrow at 6 a.m.",
        "Search venues, neighbourhoods or cuisines…",
    ],
    navigation: &[
        "Home › Opinion › Columns › {topic}",
        "News | Sports | Arts & Culture | Opinion | The Back Page | Archives",
        "Markets · Livestock · Crops · Machinery · Policy · Classifieds",
        "← Older posts   |   Newer posts →",
        "Share this: Facebook · X · Bluesky · Email · Copy URL",
        "▶ 1:08 / 4:51  Subtitles  ⚙  ⤢",
        "Jump to: Where to eat | Where to drink | Getting there",
        "‹ Prev  ·  [7]  8  9  ·  Next ›",
        "UP ↑",
    ],
    bylines: &[
        "By {name}, Staff Writer · Last edited 4:52 p.m.",
        "{name} is a junior studying political science and the paper's deputy opinion editor. DMs open: @{handle}.",
        "{city} — ",
        "Photo: {name2} / The Daily Dispatch",
        "{name} writes the fortnightly column “Left of Centre” and has published two histories of the dockworkers' unions. The opinions here belong to her alone.",
        "Field reporting by {name}; {name2} contributed from the sale barn. Markets data courtesy of regional exchanges.",
        "Something wrong in this piece? Tell the copy desk at fixes@ and include the story's link.",
        "This column first ran in Portuguese; {name2} translated it for us.",
        "Illustration by {name} for Night Owl",
    ],
    headlines: &[
        "Soybean Futures Slip as Export Inspections Disappoint Yet Again",
        "Student Senate Votes Down Proposal to Move Spring Break",
        "The Centrist Fantasy Is Over. Good Riddance.",
        "Ten Late-Night Noodle Spots That Are Worth the Cab Fare",
        "Dairy Co-op Members Approve Merger After Heated Annual Meeting",
        "Men's Rowing Takes Silver at Regional Regatta Despite Capsized Boat",
        "Why Rent Control Keeps Losing at the Ballot Box — and How That Could Change",
        "A Jazz Bar Moved Into a Former Laundromat, and Somehow It Works",
    ],
    topics: &[
        "crop insurance",
        "tuition hikes",
        "rent control",
        "late-night dining",
        "water rights",
    ],
    names: &[
        "Marisol Okonkwo",
        "Tobias Lindqvist",
        "Priya Venkataraman",
        "Declan Moriarty",
        "Hana Takeuchi",
    ],
    seed: 0,
};

/// The twenty-second held-out set, written in the nineteenth round by a helper session from the
/// noise kinds alone (never run before the twentieth round's end; only totals printed).
const UNSEEN_22: Templates = Templates {
    teasers: &[
        "🌿 Grow your own this spring: our 48-page allotment guide comes free with Saturday's paper — reserve a copy at your newsagent.",
        "Listen: The Dugout Tapes, episode 212 — why nobody wants to take penalties any more (38 min) ▶",
        "ELSEWHERE TODAY » {headline}",
        "Paid partnership with Halvorsen Ovens | Five one-pot suppers that actually save on washing up",
        "Our reporters spent six months inside the {topic} debate. Part one of the investigation is free until Sunday.",
        "Love a crossword? Try today's Quick Cryptic — and the archive of 3,000 more — in the Puzzles app.",
        "Keep local journalism alive. A coffee a month (£3) funds a court reporter's morning. Chip in →",
        "Explore the deep-time special: 4.5 billion years of Earth, in 12 interactive charts",
        "Trending in {city}: {headline}",
        "Get Thursday's Fixture Planner pinged to you every week — kick-off times only, nothing else.",
    ],
    forms: &[
        "That's your quota of four complimentary articles used up for March. Subscribers pay 99p weekly and never see this box.",
        "Display name (shown publicly)* — Every comment is reviewed before it goes live, usually within a day.",
        "This site and 142 vendors store tracking data for ads and measurement. [OK, I agree] [Customise] [Decline optional]",
        "YOUR VERDICT — should the ring road bus lane stay open to taxis? ○ Keep it ○ Scrap it ○ Undecided — 1,824 votes",
        "Type a street name or postcode to find planning applications near you",
        "Oops — the recipe scaler is misbehaving. Reload shortly.",
        "Members: sign-in required for this feature. Use the address you registered with.",
        "Rate this recipe: ★★★★☆ (212 ratings) · Add to shopping list · Print",
        "Thanks, {name}! One last step: confirm via the email we've just sent, then your {topic} briefing starts.",
    ],
    navigation: &[
        "Home › Sport › Football › League Two",
        "News | Sport | What's On | Property | Jobs | Motors | Announcements | e-Edition",
        "← Previous: Starters  |  Next: Puddings →",
        "‹ 1  2  3  4  5 ›",
        "WhatsApp  ·  Facebook  ·  Email  ·  🔗",
        "SCIENCE / SPACE",
        "0:00 / 3:47 ⏸ 🔊 CC ⛶",
        "Skip straight to ingredients",
        "Up ↑",
        "Live scores · Tables · Fixtures · Transfer centre",
    ],
    bylines: &[
        "By {name}, Crime & Courts Reporter",
        "{name2} writes our astronomy column each month. She previously worked at a radio observatory in Chile.",
        "Photography: {name} · Food styling: {name2} · Props: Hollin & Co.",
        "Posted 07:14 GMT, 12 March — Updated 11:52 GMT",
        "{name} filed this report from {city}, with help from {name2}.",
        "Tip-offs: newsdesk@thecourier-herald.co.uk · 07700 900 418",
        "Artwork: {name2}",
        "Translated by {name} (Portuguese original).",
        "{name} is on X and Bluesky as @{handle}",
    ],
    headlines: &[
        "Bakery owner, 71, hangs up her apron after half a century behind the counter",
        "Astronomers spot a 'rogue' planet drifting alone near the galactic centre",
        "Relegation six-pointer ends goalless as both managers blame waterlogged pitch",
        "The humble leek deserves better — here are nine ways to prove it",
        "Council confirms second recycling depot will close before Christmas",
        "Why octopuses may dream, and what that tells us about sleep",
        "Teenage winger signs first professional contract after loan spell in Norway",
        "Wedding guest speaks out after venue double-booked the same Saturday",
    ],
    topics: &[
        "bin collections",
        "deep-sea mining",
        "youth football",
        "sourdough baking",
        "rental reform",
    ],
    names: &[
        "Siobhan Achterberg",
        "Rafael Okonkwo",
        "Mei Lindqvist",
        "Tariq Vasquez",
        "Ingrid Oyelaran",
    ],
    seed: 0,
};

/// The twenty-third held-out set, written in the twentieth round by a helper session from the
/// noise kinds alone (never run before the twenty-first round's end; only totals printed).
const UNSEEN_23: Templates = Templates {
    teasers: &[
        "Grain bids, frost odds and sale-barn tallies — the Monday Farm Ledger bulletin arrives before the auctioneer starts calling.",
        "▶ LISTEN: {name} joins “The Back Forty” podcast to unpack {topic} with planting season weeks away",
        "Token unlocks coming up: the whole calendar, chain by chain →",
        "Newsroom work like this runs on listener support. Start a monthly gift from $7/mo and we'll mail you the enamel mug.",
        "MEANWHILE ON THE QUAD: {headline}",
        "PARTNER CONTENT · Paid for by a regional seed cooperative",
        "Our Pro desk charts exchange inflows and whale wallets every weekday at 7 ET. Two weeks free, cancel whenever.",
        "The student press takes zero dollars from the administration. Toss a few bucks our way so the printer keeps running 🖨️",
        "Related to {topic}: {headline}",
        "Catch the extended conversation on this afternoon's drive-time show, or stream it on demand from the station app.",
    ],
    forms: &[
        "Your last free read until April 1. Paid members browse markets, radar and classifieds without limits.",
        "Postal code → show nearby elevator cash bids",
        "POLL: $12 more in student activity fees next year — worth it?  ○ Sure  ○ Nope  ○ Can't decide — Cast ballot",
        "Alert saved! You'll get an email the moment BTC hits $72,000.",
        "Comments need your full name and class year. Anonymous posts are removed.",
        "We set cookies to tailor price feeds and count ad clicks. Cookie settings | Allow",
        "Ticker unavailable — prices may be delayed. Reload ↻",
        "Pledge now: $10/month  $15/month  $25/month  Other amount  [Continue]",
        "Print subscriber? Activate digital access using the account number printed on your mailing label.",
        "Email address*   First name   County   ☐ Add the weekly livestock report  SIGN UP",
    ],
    navigation: &[
        "Markets › Livestock › Cattle",
        "News | Opinion | Arts & Culture | Sports | The Backpage | Archives",
        "◀ Older   Newer ▶",
        "Skip navigation",
        "1:12 / 4:37   ⏸  1.5x  ⤓ MP3",
        "Share: X · Telegram · Farcaster · Copy URL",
        "⬆ UP TOP",
        "Keep reading on the next page »",
        "Playing Now · Schedule · Programs · Give",
    ],
    bylines: &[
        "By {name}, Field Editor",
        "{name} writes about DeFi and crypto policy out of {city}. Encrypted tips: @{handle}.",
        "Photo by {name2} / The Campus Herald",
        "{city} — {name} | Staff Writer | Updated 6:42 p.m.",
        "Disclosure: The author holds small amounts of ETH and SOL. Nothing here is financial advice.",
        "{name}, a third-year majoring in journalism and political science, can be emailed at news@campusherald.edu.",
        "This story was corrected to fix the number of acres enrolled in the program.",
        "Radio version produced by {name2}; web text edited by {name}.",
    ],
    headlines: &[
        "Hay shortage sends round-bale prices to decade high in western counties",
        "Stablecoin issuer freezes $40M tied to exploit of lending protocol",
        "Dining hall to drop trays permanently after waste audit",
        "County commissioners delay vote on wind farm setbacks for third time",
        "Why a late frost could cost peach growers more than last year's drought",
        "Layer-2 network briefly halts block production after sequencer bug",
        "Women's rowing clinches first conference title since 1998",
        "Public library branch to reopen with extended weekend hours",
    ],
    topics: &[
        "cover crop subsidies",
        "the spot bitcoin ETF",
        "tuition increases",
        "rural broadband",
        "water rights",
    ],
    names: &[
        "Marisol Quintero",
        "Dagfinn Halvorsen",
        "Aisha Okonkwo",
        "Tomasz Wierzbicki",
        "Kenji Matsuda",
    ],
    seed: 0,
};

/// The twenty-fourth held-out set, written in the twenty-first round by a helper session from the
/// noise kinds alone (never run before the twenty-second round's end; only totals printed).
const UNSEEN_24: Templates = Templates {
    teasers: &[
        "▶ VIDEO (4:12): Our crew waded the swollen river trail at first light. Here's what the water left behind.",
        "The Tidewater Morning Brief lands at 5:45 sharp, six days a week. Zero cost, zero fluff.",
        "ELSEWHERE IN THE GAZETTE — {headline}",
        "Gadget-curious? Every Thursday the Kit Drawer podcast takes apart three cheap earbuds, routers or kettles so your wallet survives.",
        "Careful science takes time. Join Field Notes as a member — $4.50 monthly, unlimited reading, no ads →",
        "PAID POST | Presented by Halvorsen Wealth: How a pause in rate hikes reshapes {topic}",
        "Dig deeper: our complete archive on {topic}, from 1998 to today",
        "TRENDING ① {headline} ② Bridge tolls creep up, again ③ The ferry that never sailed",
        "Markets moving? Ledgerline's app buzzes the moment {topic} news hits.",
        "Hooked? {name} sends a Sunday postcard from {city} — follow along.",
    ],
    forms: &[
        "Two of your three complimentary reads used. Subscribers, log in here.",
        "Ledgerline and 212 vendors drop trackers so we can tally pageviews and aim ads at you. Tweak settings · Agree",
        "Email*  [          ]  ☐ Partners may contact me with offers  JOIN",
        "Reader replies are disabled for this piece. See the house rules.",
        "READERS' VOTE: Should councillors greenlight the downtown parking garage? ◯ Absolutely ◯ Never ◯ Depends on cost — 1,093 readers have weighed in",
        "Hmm, the discussion thread didn't appear. Refresh in a minute.",
        "Search the archive…",
        "Locked for Pro. Unlock price charts, analyst notes and raw data downloads by upgrading your plan.",
        "Almost there! Find our confirmation email and press the button to start your digest.",
        "Buy now £24.99 · In stock · Dispatched within 48 hrs",
    ],
    navigation: &[
        "Home › Local › Courts & Crime",
        "Local | Weather | Schools | Obituaries | Real Estate | Puzzles | e-Paper",
        "‹ Older   |   Newer ›",
        "« 8 9 10 … 23 »",
        "Post it  ·  WhatsApp  ·  Reddit  ·  Mail  ·  Link copied!",
        "▲ Top",
        "Skip navigation",
        "▶ 1:58 ⁄ 6:20  🔊  Subtitles  Fullscreen",
        "REVIEWS",
        "Science › Earth › {topic}",
    ],
    bylines: &[
        "By {name} and {name2} | Staff writers",
        "{city} · First posted Tue 3 Oct 2023, 07:41 EDT · Last revised 11:02",
        "{name} writes about {topic} for our markets team. Tips: {handle}@ledgerline.com, or Signal on request.",
        "Photograph: {name2} for Field Notes",
        "{name2} reported from {city}. Desk editor: Marcus Thorne.",
        "Originally published in Portuguese; {name} handled the English edition.",
        "CORRECTION (Oct. 4): The dam was finished in 1964, not 1946 as first reported.",
        "Graphics by {name} | Source: county assessor's office",
        "{name} has been a Field Notes contributor since 2019; find her at @{handle}.",
    ],
    headlines: &[
        "School board postpones four-day-week decision after standing-room-only hearing",
        "We rode the cheapest folding e-bike on the market for a month. It held up.",
        "Deep-sea octopus mothers guard eggs for years, new footage shows",
        "Copper jumps to its highest since last summer as Chilean mine walkout stretches on",
        "Pancake flipper of Elm Avenue retires her spatula after four decades",
        "Cold snaps sap phone batteries. Here's which tricks work",
        "Ancient pollen reveals farming began earlier than thought in the Andes",
        "Regional airline cuts three routes, blames pilot shortage",
    ],
    topics: &[
        "mortgage rates",
        "coastal erosion",
        "smart home gear",
        "high school football",
        "bird migration",
    ],
    names: &[
        "Priya Ramaswamy",
        "Tomasz Wierzbicki",
        "Adaeze Okonkwo",
        "Lucía Ferrándiz",
        "Kenji Tanabe",
    ],
    seed: 0,
};

/// The twenty-fifth held-out set, written in the twenty-second round by a helper session from the
/// noise kinds alone (never run before the twenty-third round's end; only totals printed).
const UNSEEN_25: Templates = Templates {
    teasers: &[
        "» Live map: who controls which villages along {topic} — redrawn every morning at 07:00 Kyiv/Tbilisi time",
        "ALSO READ | {headline}",
        "Our correspondents stay on the ground when others pull out. Give 3 € monthly so the bureau in {city} stays open →",
        "📲 Breaking alerts on {topic}, pushed the moment we confirm them: join our Telegram channel (180k subscribers)",
        "Explainer: Ceasefires, corridors and checkpoints — a plain-language glossary of {topic}",
        "PARTNER CONTENT · Rebuilding after war? Discover investment opportunities in the reconstruction zone",
        "Listen: “The Dispatch” episode 212 — {name} explains why the truce keeps collapsing (38 min)",
        "Nearby coverage ▸ Displacement figures revised upward | Lorry traffic resumes at southern checkpoint | UN envoy lands in {city}",
        "Our YouTube page carries the uncut conversation with {name}, subtitled in English and Arabic.",
        "Trending now: ① {headline} ② Drone footage shows flooded bridge ③ Families wait at the ferry terminal",
    ],
    forms: &[
        "October's five complimentary stories: all gone. Frontline reporting costs money — unlock everything for 1 € during your first month.",
        "Thanks! Our moderators review every reply before it appears. Posts that incite violence or name individuals as targets are deleted.",
        "Drop your e-mail below — evening digest on {topic}",
        "Cookies pay for our independent journalism: audience statistics plus personalised adverts. OK, agree | Reject | Manage settings",
        "QUICK VOTE: Will the current ceasefire hold until spring? ○ Yes ○ No ○ Too early to say — 4,312 votes",
        "Playback geo-restricted for viewers outside the broadcast area.",
        "Members can bookmark stories and follow {topic}. New here? Creating a profile takes one minute",
        "Archive search, 1994–today…",
        "Live feed unavailable (error 503). Our engineers are on it.",
        "Name* | E-mail (never shown)* | Website — Send",
    ],
    navigation: &[
        "Home › World › Region › {topic}",
        "▲ UP",
        "Politics | Security | Economy | Society | Opinion | Sport | Culture | Multimedia | English edition",
        "« Older   7 | 8 | 9 … 14   Newer »",
        "Send this: Telegram · WhatsApp · Facebook · X · VK · Copy link",
        "↓ To the story",
        "00:00 / 02:47 ▶ ❚❚ 🔇 CC ⛶",
        "LIVE UPDATES",
        "Language: EN | FR | عربي | RU",
    ],
    bylines: &[
        "By {name} and {name2} | {city} | Last edit 14:32 GMT+3",
        "{city} (AFX) —",
        "Photo: {name2} / agency pool via Reuters",
        "{name} covers security in the frontier provinces after a six-year Sahel posting. On X: @{handle}",
        "{name2} translated this piece. Our stringer in {city}, who asked not to be named for safety reasons, contributed.",
        "Factual slip? Tell the desk editor by email or use the feedback form below.",
        "Video: Field producer {name}; editing {name2}",
        "Published: 03.11.2024, 09:15 · Last modified: 03.11.2024, 18:40",
        "Reach {name} at {handle}@newsdesk-mail.net",
    ],
    headlines: &[
        "Key rate left at 16% as inflation eases again, central bankers say",
        "Opposition MPs walk out of parliament over electoral code amendments",
        "Heavy snow cuts off mountain villages; army helicopters drop supplies",
        "National team through to qualifiers after goalless draw in {city}",
        "Wheat exports hit record despite port insurance costs doubling",
        "Former defence minister charged with embezzlement in fuel-supply scandal",
        "Teachers strike enters second week as talks with ministry stall",
        "Archaeologists unearth 3,000-year-old fortress during highway works",
    ],
    topics: &[
        "the northern front",
        "prisoner exchanges",
        "humanitarian corridors",
        "the Geneva negotiations",
        "refugee returns",
    ],
    names: &[
        "Nadia Haddad",
        "Tomasz Wieczorek",
        "Aigerim Sultanova",
        "Kwame Mensah",
        "Lucía Ferreyra",
    ],
    seed: 0,
};

/// The twenty-sixth held-out set, written in the twenty-third round by a helper session from the
/// noise kinds alone (never run before the twenty-fourth round's end; only totals printed).
const UNSEEN_26: Templates = Templates {
    teasers: &[
        "ALSO READ | {headline}",
        "► Live map: frontline positions around {city}, updated every six hours",
        "Our stringers in the valley work without armour or insurance. Five euros monthly covers their fuel and phone credit. Support them today.",
        "The Checkpoint Brief — convoys, closures and {topic}, delivered at dawn. Free, weekdays.",
        "🎧 New on “Frontline Notes” (ep. 57): how {name} brokered the prisoner swap — 38 min",
        "Install the mobile edition: push notifications in English, Arabic and French",
        "In association with a regional engineering group | Restoring water to 40 villages after the fighting",
        "Top stories today ▸ {headline} ▸ Drone debris found near refinery ▸ Curfew extended in the east",
        "Explainer: five questions about {topic}, answered →",
        "WATCH: Displaced families describe the night the shelling began",
    ],
    forms: &[
        "Free stories left: 1 of 5. Unlimited dispatches come with membership.",
        "Our 143 partners keep identifiers on this computer for statistics and targeted ads. OK · Customise",
        "Replies disabled on this report (moderation backlog).",
        "Email *  |  ☐ Send me field updates from the Humanitarian Access Network  |  JOIN",
        "POLL: Should international observers be deployed along the demarcation line? ○ Agree ○ Disagree ○ Not sure — Submit",
        "Find reports by village, district or keyword…",
        "Only registered readers may reply. Sign in · Create profile",
        "Interactive map could not be displayed. Reload in a moment.",
        "Emergency appeal: €15 · €40 · €100 · Choose your own",
        "Nearly there: a verification email is on its way. Tap the button inside it and alerts begin.",
    ],
    navigation: &[
        "Home › World › Middle East & Africa › Conflict",
        "News | Politics | Region | Economy | Opinion | Video | Photos | عربي",
        "← Earlier dispatch   |   Later dispatch →",
        "Forward via: Telegram · Viber · Signal · Mail · 🔗",
        "↓ Article",
        "Pages: 1 · … · 6 · 7 · 8 · … · 19",
        "0:48 / 3:21  ▶  🔊  CC  ⛶",
        "LIVE BLOG",
        "TOP ▲",
    ],
    bylines: &[
        "{name} and {name2} in {city} · Last modified 09:17 local time",
        "{city}, March 9 (Agency Wire) —",
        "{name} has led the paper's regional bureau since 2016, reporting from both sides of the line. Tips: @{handle}",
        "Image credit: {name2} for the Gazette",
        "Translation: {name2} (original in Arabic). Extra reporting contributed by {name} from {city}.",
        "Errors can be reported to our readers' editor; include a link to the piece.",
        "Graphics: newsroom data team. Sources: UN OCHA, local health ministry",
        "Story: {name} · Desk editor: {name2}",
    ],
    headlines: &[
        "Rate-setters keep borrowing costs steady as price growth slows again",
        "Landslide blocks mountain highway; truck drivers sleep in cabs as crews dig",
        "Fourteen-year-old from a fishing town wins national chess crown",
        "Parliament passes controversial media law after overnight session",
        "Measles outbreak spreads through overcrowded school in the south",
        "Striker's late header sends champions into continental semi-finals",
        "Opposition leader released on bail pending appeal hearing",
        "Wheat prices jump after Black Sea shipping insurers raise premiums",
    ],
    topics: &[
        "the humanitarian corridor",
        "border crossings",
        "the ceasefire monitoring mission",
        "refugee returns",
        "the prisoner exchange",
    ],
    names: &[
        "Leila Haddad",
        "Tomasz Wierzbicki",
        "Amara Okonkwo",
        "Dmitri Volkonsky",
        "Sofía Arrieta",
    ],
    seed: 0,
};

/// The twenty-seventh held-out set, written in the twenty-third round by a helper session from
/// the noise kinds alone (never run before the twenty-fifth round's end; only totals printed).
const UNSEEN_27: Templates = Templates {
    teasers: &[
        "▶ INTERACTIVE: Who holds which hilltop? Our frontline tracker, refreshed twice daily",
        "Our correspondents stayed when others left. Back that work — pay what you can, from €2.",
        "ALSO READ | {headline}",
        "The Evening Dispatch lands at 7pm: talks, shelling reports, aid convoys. Free, weekday evenings, straight to your inbox.",
        "Explainer: the mountain passes, the enclaves and {topic}, in five maps",
        "🎧 Borderlines #87 — {name} unpacks why corridor deals fall apart within days [41:12]",
        "Partner content · Winter kits for uprooted families — every donation doubled until Sunday",
        "Readers' top picks\n1. {headline}\n2. Inside the convoy that turned back at the bridge\n3. Satellite images show fresh trenches near the dam",
        "Install the Dispatch app to receive siren alerts for your district the moment they're issued.",
        "More on {topic}:",
    ],
    forms: &[
        "Story 4 of 5 gratis this month ▸ keep our frontline coverage going for 99p",
        "Replies beneath this piece are disabled following a wave of hateful messages. Moderation policy here.",
        "Email:  ________  [ OK ]  (unsubscribe link in every issue)",
        "We and 143 partners place trackers to gauge traffic and adapt ads. Agree | Decline | Settings",
        "Have your say: extend the observers' mandate past March? ○ Agree ○ Disagree ○ Can't decide — 2,341 ballots",
        "⚠ Footage unavailable: the broadcaster restricts this recording to domestic viewers.",
        "Search 20 years of dispatches…",
        "Subscribers — authenticate via your university or NGO login for the full text. First visit? Registering costs nothing.",
        "Got a document or a lead? Reach our desk over Signal: +44 7700 900 418",
        "The discussion widget didn't load — pause your blocker for our domain and hit F5.",
    ],
    navigation: &[
        "Home › World › Caucasus › {topic}",
        "⇢ Article body",
        "News | Analysis | Maps | Documents | Podcasts | العربية | Русский",
        "‹ Newer   | page 6 of 14 |   Older ›",
        "Share via: Facebook · X · Telegram · WhatsApp · 🔗",
        "▲ TOP",
        "0:00 / 4:17  ⏯  🔊  CC  ⛶",
        "LIVE UPDATES",
        "Situation Reports / Weekly Briefings / Archive 2019–2024",
    ],
    bylines: &[
        "By {name} and {name2} in {city}",
        "{city} — Filed 06:40 local time, revised 09:15",
        "Photo: {name} / AFP via local partner",
        "{name} is our regional correspondent, covering security and displacement since 2016. Tips: @{handle}",
        "Translated from Armenian by {name2}. {name} filed additional material at the Lachin checkpoint.",
        "Correction, 14 May: Eleven villages were evacuated; our initial version said seven.",
        "Graphics: Data desk | Sources: OCHA, local authorities, ACLED",
        "Modified 3h",
        "✉ {handle}@newsroom-mail.org",
    ],
    headlines: &[
        "Monetary board freezes lending rate, citing three straight months of slower price rises",
        "Striker's late double sends capital side into the cup last four",
        "Lawmakers pass contested press bill after all-night sitting",
        "Dry spell forces shepherds in the south to offload flocks cheaply",
        "Ex-defence chief held at airport in graft probe",
        "UN envoy: 'Both sides agreed to prisoner exchange in principle'",
        "Ancient monastery welcomes pilgrims again after ten-year restoration",
        "Why fuel queues are back in the provincial towns",
    ],
    topics: &[
        "the truce observer mission",
        "border demarcation talks",
        "the refugee return programme",
        "landmine clearance",
        "the gas pipeline dispute",
    ],
    names: &[
        "Anahit Sargsyan",
        "Tomasz Wierzbicki",
        "Leyla Huseynova",
        "Daniel Okafor",
        "Mariam Kvaratskhelia",
    ],
    seed: 0,
};

/// The twenty-eighth held-out set, written in the twenty-fifth round by a helper session from
/// the noise kinds alone (never run before the twenty-sixth round's end; only totals printed).
const UNSEEN_28: Templates = Templates {
    teasers: &[
        "Also Read | {topic}: what has changed since February, in 10 points",
        "📲 Morning headlines from Islamabad and New Delhi on your WhatsApp. Follow our channel ➜",
        "VIDEO ▸ From {city}, {name2} decodes what was said on the DGMO hotline call (4:12)",
        "Suggested: {headline}",
        "The Frontier Brief: twice-weekly dispatches on the border, filed by the Peshawar and Jammu desks. Subscribe — free till 31 March.",
        "Partner Content | Book plots at Emerald Greens Phase II from Rs 45 lakh* — limited inventory, T&C apply",
        "Trending Now: Gold rate today • PSL auction • Monsoon tracker • {topic}",
        "Back reporting from Kashmir that nobody else pays for. Chip in ₹99 or more — it covers petrol and mobile bills for our stringers.",
        "🎧 Podcast | Line Drawn, Ep. 37: {name} on why truces tend to crack when the snow melts",
        "یہ خبر اردو میں پڑھیں »",
    ],
    forms: &[
        "Free-story quota: two remaining for May. Premium costs ₹1/day, no limits.",
        "Comments are pre-moderated. Anything abusive, communal or off the subject gets deleted.",
        "Together with 212 vendors we store identifiers in cookies for personalised advertising and audience measurement. Press “Fine by me”, or open Settings to pick.",
        "QUICK POLL — LoC truce: will it survive past June?  ◉ Yes, it will  ◯ It won't  ◯ Too early to tell  (12,408 responses)",
        "Get flash alerts by text — type your 10-digit number, a code will follow  [Send OTP]",
        "Live feed paused: new posts couldn't load. Reconnecting in 30s…",
        "Search e.g. {topic}, Poonch, Neelum Valley",
        "Print reader? Link your newspaper subscription via the 8-digit code printed on your bill",
        "Your name*   Your email (never displayed)*   ☐ Alert me to replies   SUBMIT",
        "Geo-blocked: the broadcaster owns rights to this footage in Pakistan only.",
    ],
    navigation: &[
        "Home › Pakistan › Azad Kashmir › Muzaffarabad",
        "HOME / NATIONAL / JAMMU & KASHMIR",
        "E-Paper | Latest | Opinion | Business | Sport | Magazines | Videos | Live TV",
        "← Older   |   Newer →",
        "SHARE ON   ✈ Telegram   WhatsApp   f   𝕏   🔗",
        "⏸ 1:18 / 4:05   🔇 Unmute   ⚙ 720p   ⛶ Fullscreen",
        "↓ Skip ads, read story",
        "Scroll up ⬆",
        "Pg. 2/6 · Older posts ›",
        "NATIONAL SECURITY",
    ],
    bylines: &[
        "By {name} | Express News Service | Srinagar | Updated: May 14, 2025 08:42 IST",
        "{city} Bureau",
        "{name} reports on defence and diplomacy from Lahore. X: @{handle}",
        "File photo: Soldiers patrol near the fence in Kupwara district. (Photo credit: {name2})",
        "(Agency inputs: Reuters, APP)",
        "(Urdu original; English text: {name2}. {name} added reporting in Rawalpindi.)",
        "Updated May 15: The count of villages evacuated in Kotli tehsil has been amended. Found an inaccuracy? Write in: corrections@dailyfrontier.pk",
        "Reported by {name} · Desk: {name2}",
        "Infographic by {name2}, DataLab",
    ],
    headlines: &[
        "Karachi heatwave: KMC opens 40 relief camps with temperature at 44°C",
        "Sensex ends 600 points higher as IT stocks rally on strong quarterly earnings",
        "PSL final shifted to Lahore after heavy rain forecast in Karachi",
        "Kerala govt to roll out free Wi-Fi hotspots at 2,000 bus stops",
        "Dhaka court grants bail to eight students arrested over campus protest",
        "Punjab misses wheat procurement target again, officials blame late rains",
        "Actor's wedding pictures cross 10 million likes on Instagram in 20 hours",
        "SBP leaves benchmark rate at 12pc, flags inflation risks",
    ],
    topics: &[
        "LoC ceasefire",
        "cross-border shelling",
        "Indus Waters Treaty",
        "Kartarpur corridor",
        "drone sightings",
    ],
    names: &[
        "Farah Qureshi",
        "Rohan Pillai",
        "Gurpreet Sandhu",
        "Nilufar Rahman",
        "Clara Whitfield",
    ],
    seed: 0,
};

/// The twenty-ninth held-out set, written in the twenty-fifth round by a helper session from
/// the noise kinds alone (never run before the twenty-seventh round's end; only totals printed).
const UNSEEN_29: Templates = Templates {
    teasers: &[
        "ALSO READ | Poonch villagers go back to community bunkers after overnight firing",
        "Headlines from Delhi and Islamabad side by side, 7am daily — get The Border Brief by email ✉️",
        "WATCH: Uri families rebuilding homes damaged in shelling (2:41)",
        "📲 Track {topic} as it unfolds — get the app, free on Android & iOS",
        "Journalism from the valley isn't free. Back our Kashmir desk with ₹50 monthly →",
        "🎧 This week on Frontline Dispatch: {name} asks what the {topic} actually means for farmers along the zero line.",
        "Sponsored | Gulberg Greens residential files now on instalments — 20% down, possession in 18 months",
        "MOST READ ▸ {headline} ▸ Gold slips by Rs1,200 a tola ▸ PSL draft: every pick, team by team",
        "Read more: {headline}",
        "👉 J&K, Ladakh flash updates now on our WhatsApp — join 2 lakh readers",
    ],
    forms: &[
        "Free article 4/5 used. Keep going with e-Paper + Digital at Rs 999/year.",
        "Pending approval — a moderator checks each post first. Abuse, links and shouting in capitals get binned.",
        "Your email ▢   Yes, count me in",
        "This website and its ad vendors set cookies so ads and audience stats stay relevant. Scroll on to agree. OK | Settings",
        "QUICK POLL — Can the truce survive the winter?  ◯ Yes, it holds  ◯ No, it collapses  ◯ Unsure   [Submit]",
        "Search news, videos, cities…",
        "Log in via OTP: enter your 10-digit mobile no.",
        "Live coverage couldn't load. Swipe down to reload.",
        "Name*   Email* (hidden from others)   Publish comment",
        "Nearly there! Open the verification link we just emailed you.",
    ],
    navigation: &[
        "News › States › J&K › Rajouri",
        "Home / Pakistan / AJK / {topic}",
        "ePaper · Top Stories · Pakistan · Region · Money · Cricket · Op-Ed · Video · Podcasts",
        "Page 2 of 4   ‹ Older | Newer ›",
        "▲ TOP",
        "🔗 Copy | 𝕏 | WhatsApp | Telegram | Mail — SHARE",
        "▶ 00:00 / 04:52   🔇   HD   ⛶",
        "Jump to the story ↓",
        "INDIA-PAKISTAN",
        "ADVERTISEMENT · article resumes after this",
    ],
    bylines: &[
        "{name} | Our Correspondent | Srinagar | Last updated 14 May 2025, 09:42 IST",
        "{city}, May 11 (PTI) —",
        "{name} covers the military and foreign office beat out of Lahore. X: @{handle}",
        "FILE — Soldiers on a foot patrol along the LoC, Tangdhar sector. (Image: {name2})",
        "(Agency copy, edited by our desk)",
        "Urdu-language report, translated for our English edition by {name2}.",
        "With {name2} in {city}. Desk editor: {name}.",
        "Factual slip in this report? Email fixes@frontierdaily.pk — our standards team reviews every complaint.",
        "Graphics: {name2} | Video edit: {name}",
    ],
    headlines: &[
        "K-Electric to cut power six hours a day in Lyari, Korangi through June",
        "Sensex sheds 600 points, dragged by IT counters; rupee ends at 84.12",
        "Monsoon to reach Kerala coast three days early, says IMD",
        "Pakistan bring back leg-spinner for Bangladesh Tests",
        "Dengue cases cross 2,000 in Rawalpindi as health department issues alert",
        "Veteran actor's biopic to open Goa film festival",
        "High court reserves ruling on challenge to higher property levies",
        "Atta climbs to Rs160 a kg in Peshawar markets as wheat supply dries up",
    ],
    topics: &[
        "LoC ceasefire",
        "Indus water-sharing row",
        "shelling along the border",
        "DGMO hotline talks",
        "Kartarpur corridor",
    ],
    names: &[
        "Farhan Qureshi",
        "Ananya Deshpande",
        "Tenzin Norbu",
        "Sofia Almeida",
        "Rukhsana Mir",
    ],
    seed: 0,
};

/// The thirtieth held-out set, written in the twenty-seventh round by a helper session from
/// the noise kinds alone (never run before the twenty-eighth round's end; only totals printed).
const UNSEEN_30: Templates = Templates {
    teasers: &[
        "ALSO READ | {headline}",
        "📲 Shelling, talks, casualties — news of {topic} hits our WhatsApp before anywhere else. 1,20,000 already follow",
        "WATCH: Ground report from Poonch — families re-tin roofs after three nights of mortar fire (4:12)",
        "Crossfire Notes: soldiers, envoys and the files between Delhi and Islamabad, decoded every weekday morning. Put your email down →",
        "Sponsored | Sovereign gold bonds with zero making charges — window shuts Friday. *Conditions apply",
        "MOST READ ▸ {headline} ▸ Rupee slides past 86 against dollar ▸ Heatwave warning for Sindh, Rajasthan",
        "🎧 Fence Post, ep. 41: {name} asks two retired generals what a hotline call can — and cannot — fix. 38 min",
        "Keeping stringers in Kupwara and Kotli isn't cheap. Back them with ₹99 monthly →",
        "Live blogs, the print edition and instant pings about {topic} — install our app now",
        "Explainer ▸ Every truce since 2003, and how long each one actually lasted",
    ],
    forms: &[
        "Received! A moderator clears each post manually. Posts naming serving officers, carrying links or discussing pending court cases get binned.",
        "🔒 1 premium article to go before the wall. Unlimited reading: ₹1/day.",
        "We, along with 143 vendors, place trackers so that adverts fit you and our traffic numbers add up. Tap “Accept All” to agree, or open Manage Preferences to choose.",
        "Quick vote: Can the guns stay silent till August? ◯ Yes, they will ◯ Doubt it ◯ Hard to say  [CAST VOTE]",
        "Mobile number (+92 / +91) — we will text you a one-time code",
        "Continue with Google · Continue with Facebook · Trouble signing in?",
        "Type a district, leader or keyword…",
        "Oops! Live casualty counter stalled. Hit ↻ to reload the widget.",
        "Email* ________  ☐ Yes, I have read the privacy notice and want the daily digest  [JOIN]",
        "Full name *   Mail ID (hidden from readers) *   Submit reply",
    ],
    navigation: &[
        "Home › India › Jammu and Kashmir › Rajouri district",
        "News / Pakistan / AJK & GB / {topic}",
        "« Older   |   Newer »",
        "Share this → f | 𝕏 | WA | TG | 🔗",
        "▲ TOP",
        "Skip navigation",
        "‹ Prev  4  5  •  Next ›",
        "E-PAPER | LIVE TV | ELECTIONS | WORLD | CRICKET | BUSINESS | OPINION",
        "⏸  0:38 / 6:19   🔊   Captions   HD   Fullscreen",
        "TRENDING",
    ],
    bylines: &[
        "By {name} | Jammu | Modified: 19 Jun 2025, 21:07 IST",
        "{name2}, Our Correspondent, Muzaffarabad",
        "{city}, March 3 (AFP) —",
        "(Wire copy added at the Islamabad desk)",
        "{name} is a Lahore-based writer on militancy and civil-military ties. DMs open: @{handle}.",
        "Photo: A soldier keeps vigil along the fence near Uri. (File image/Staff photographer)",
        "Translation: {name2} (Urdu desk); edited for length.",
        "Correction: We initially got the Kotli shelling toll wrong. The error is regretted. Complaints go to the ombudsman's desk.",
        "Posted 12 Mar 2025, 06:15 PKT · Edited 40 min later",
    ],
    headlines: &[
        "Karachi bakery chain fined Rs2 million over expired flour stock",
        "Met department sees monsoon hitting Kerala ahead of schedule",
        "Babar Azam recalled to T20 squad for tri-series in Harare",
        "Why Dhaka's garment exporters are betting big on Japan",
        "Five dead as passenger coach plunges into gorge on Karakoram Highway",
        "Biopic pulled from cinemas days after release over copyright row",
        "Central bank keeps key rate unchanged as food prices cool",
        "Nepal doubles Everest permit fees, opens two new routes",
    ],
    topics: &[
        "the LoC truce",
        "shelling in Poonch",
        "Kashmir back-channel talks",
        "the military hotline",
        "the Indus river dispute",
    ],
    names: &[
        "Farah Khattak",
        "Meenakshi Iyer",
        "Daniel Okafor",
        "Sofia Lindqvist",
        "Arjun Bhatt",
    ],
    seed: 0,
};

/// The thirty-first held-out set, written in the twenty-eighth round by a helper session from
/// the noise kinds alone (never run before the twenty-ninth round's end; only totals printed).
const UNSEEN_31: Templates = Templates {
    teasers: &[
        "READ MORE: Inside the monitoring mission's first 72 hours along the contact line",
        "▶ VIDEO (04:12) — At a checkpoint outside {city} before sunrise, with the team that counts the shells",
        "🎧 New on The Frontline Brief: two reporters, one map and everything that went wrong on {topic} this week. Free in all major podcast players.",
        "Explainer | What the truce text actually says, clause by clause →",
        "Reporting from front lines isn't cheap. If our truce coverage helps you, back it with €3 — cancel whenever you like.",
        "Get the Corridor Dispatch — five minutes on {topic}, each weekday at 7am CET.",
        "Elsewhere today: {headline}",
        "Brand studio | Commissioned by a humanitarian logistics firm; our newsroom wasn't involved.",
        "Download the violations tracker as a spreadsheet (.xlsx, 880 KB) — refreshed every Monday",
        "Trending now — Shelling resumes near border town / Aid convoy halted at crossing / Who signs for the militias?",
    ],
    forms: &[
        "You've opened four stories without an account in June — one left. First three months: 99p.",
        "Analytics cookies tell the newsroom which dispatches get finished. Allow? [Agree] [Decline] [Choose]",
        "Nickname*   Mail (hidden)*   Type a response…   [Send]",
        "Readers can no longer reply here: moderators froze the thread after repeated personal attacks.",
        "READERS' POLL: Will Eid pass without shooting? Likely / Unlikely / Can't tell yet [Vote]",
        "Search statements: ministry ▾  from ▾  to ▾  [Go]",
        "Subscribers: sign in with your account to read the rest of this analysis.",
        "One click on the message we just fired off and your bulletin starts tomorrow.",
        "⚠ The violations map didn't load. Weak signal or an ad blocker may be stopping it.",
        "Witnessed a breach of the truce? Send us photos or videos through our encrypted drop box — we never reveal who you are.",
    ],
    navigation: &[
        "Home › Regions › Levant › Truce Watch",
        "News | Analysis | Reports | Data | Events | About us",
        "« Older situation report | Newer situation report »",
        "Forward this: ✉ Email · 💬 Viber · Telegram · LinkedIn · 🔗",
        "↓ Article body",
        "‹ 1 … 4 5 6 … 12 ›",
        "⏸ Pause  🔊 Mute  CC  ⛶ Fullscreen",
        "▲ Top",
        "LIVE",
        "Topics: {topic} · Humanitarian access · Prisoner exchanges",
    ],
    bylines: &[
        "From {name} in {city} and {name2} in Geneva",
        "{city} (Agencies) — Last updated 14:06 GMT",
        "Pic: {name} / Anadolu Agency",
        "{name} runs the mediation desk at our Beirut office; previously a decade on UN observer missions. On X: @{handle}.",
        "Translated by {name2}; where wording differs, the Russian version prevails.",
        "With input from {name2} ({city}). Editor: {name}.",
        "Posted 11:42 · reading time ≈ 7 minutes",
        "Error in the copy? Mail standards@ citing the sentence — replies within 48 hours.",
        "Graphics: {name} | Source: field monitors’ incident logs, compiled by staff",
    ],
    headlines: &[
        "Pension reform bill clears upper house by a single vote",
        "Landslides strand hundreds of hikers on alpine pass after overnight deluge",
        "Ruling party picks former finance minister to lead ahead of snap vote",
        "Striking dockworkers reach tentative deal after 11-day walkout",
        "Veteran goalkeeper announces retirement following cup final defeat",
        "Drought sends wheat futures to highest level since 2022, traders say",
        "Court rejects appeal by ex-governor in land-sale corruption case",
        "New metro line opens a year late and 40% over budget",
    ],
    topics: &[
        "the mediation track",
        "humanitarian corridors",
        "prisoner swaps",
        "the buffer zone",
        "truce violations",
    ],
    names: &[
        "Leila Haddad",
        "Tomasz Wrona",
        "Amara Okafor",
        "Dmitri Sokolenko",
        "Ingrid Halvorsen",
    ],
    seed: 0,
};

/// The thirty-second held-out set, written in the twenty-eighth round by a helper session from
/// the noise kinds alone (never run before the thirtieth round's end; only totals printed).
const UNSEEN_32: Templates = Templates {
    teasers: &[
        "Read more → The 72 hours in a lakeside hotel that produced the deal on {topic}",
        "LIVE ● Truce, day 19: every development as it happens, from our team on the ground",
        "🎧 The Frontline Brief: twelve minutes on war and diplomacy, every weekday. Listen on your favourite podcast app.",
        "Journalism near the front lines costs money. Back it with €5 monthly — not a cent of ours comes from governments or armed groups.",
        "RELATED | {headline}",
        "NEW REPORT — “Holding the Line: Verification Gaps in Ceasefire Monitoring” (PDF · 48 pages · 2.6 MB). Download free",
        "Sign up for Ceasefire Digest: what changed overnight, delivered by 7am.",
        "VIDEO | Aerial images reveal shelled homes along the contact line (2:14)",
        "Sponsored · Rugged satellite terminals for humanitarian teams. Book a field demo today",
        "Trending now — {headline} · Why the buffer zone keeps shrinking · Aid trucks idle at the crossing since Tuesday",
    ],
    forms: &[
        "Article 4 of 5 you can open free in March. Unlock every story with membership: three months for $3, then $9/month.",
        "If you agree, we and 187 advertising firms drop trackers onto your laptop or phone for analytics, advertising and tailored content. [Agree] [Disagree] [Settings]",
        "Replies disabled for this article by the moderators — consult our posting guidelines.",
        "Your view: will the ceasefire survive past December?  ○ Yes, it lasts  ○ No, fighting resumes  ○ Hard to tell   [Cast vote]  Tally so far",
        "Email  [Join]  Receive our quarterly briefings on {topic}. Opt out via the link in any message.",
        "⚠ Incident tracker unavailable (code 503). Refresh to retry.",
        "Want to keep this for later? Sign in to add it to My List, or open an account at no cost.",
        "Search statements by keyword, ministry or date…",
        "Add your comment  Name (required)  E-mail (will stay private)  Website  ☐ Remember my name and email for future comments  SUBMIT",
        "Content from Telegram is hidden under your privacy settings. Load it anyway",
    ],
    navigation: &[
        "Home / International / Caucasus / {topic}",
        "News  Politics  Conflict  Analysis  Video  Opinion  Podcasts  Weather",
        "« Older entries",
        "Forward: Bluesky • Signal • WhatsApp • Telegram • 🔗",
        "▲ TOP",
        "Showing 41–60 of 318 releases",
        "Bypass menu ↓",
        "▶ 02:15 / 05:58   🔊   Subtitles   ⤢",
        "Newsroom » Official Communiqués » Deputy Minister's Office",
        "ANALYSIS",
    ],
    bylines: &[
        "{name} & {name2} · {city} · reading time 9 minutes · amended 16:05 (local)",
        "{city}, March 4 (NWA) —",
        "{name} heads our {topic} portfolio; she came to us from the OSCE monitoring mission, where she worked for six years. On X: @{handle}.",
        "Photo: {name2} / Frontline Press Agency",
        "Editor: {name}. {name2} also reported from {city}.",
        "Translation from Ukrainian: {name2}",
        "Corrections: email standards@dailyherald-news.com citing the headline and the paragraph in question.",
        "Tips for {name}: {handle}@ceasefirewatch.org · encrypted contact details on request",
        "Published 06 Feb 2025, 09:14 · Last modified 06 Feb 2025, 17:40",
    ],
    headlines: &[
        "Monetary committee pauses again, points to easing by April",
        "Overnight deluge strands hillside hamlets as rivers burst their banks",
        "Ageing goalkeeper agrees short contract to finish playing days at hometown side",
        "Lawmakers approve disputed voting overhaul at dawn after marathon debate",
        "Desert locusts menace wheat crop across the south, agency says",
        "Why shipping insurers are quietly walking away from the Red Sea",
        "Dissident MP walks free on bond while appeal is heard",
        "Junior doctors' strike over unpaid wages enters its second month",
    ],
    topics: &[
        "prisoner exchanges",
        "humanitarian corridors",
        "the truce talks",
        "demining along the front",
        "border crossings",
    ],
    names: &[
        "Oksana Melnyk",
        "Tariq Haddad",
        "Ngozi Eze",
        "Mateo Quiroga",
        "Aigerim Sultanova",
    ],
    seed: 0,
};

/// The thirty-third held-out set, written in the twenty-eighth round by a helper session from
/// the noise kinds alone (never run before the thirty-first round's end; only totals printed).
const UNSEEN_33: Templates = Templates {
    teasers: &[
        "▶ LIVE | Talks in {city}, hour 9: delegations back at the table",
        "Read more: {headline}",
        "Start each day with our 6am truce-watch digest: {topic}, the overnight incident tally, one map. Free by email.",
        "PODCAST | Frontline Hour #212: what buffer-zone maps leave out (42 min) 🎧",
        "Reporters near the front line are funded by people like you. Back our field desk — €5 each month →",
        "Policy brief (612 KB PDF) ↓ Sequencing Disengagement: Lessons from Four Truces",
        "Hot in the region ➊ {headline} ➋ Detainee swap list published ➌ Diesel up 9% in border districts",
        "Partner content · Armoured SUVs for NGO fleets — lease terms from 36 months. Learn more",
        "WATCH: What can observers actually verify? {name} walks us through it",
        "Related: Day-by-day log of alleged violations since the agreement took effect",
    ],
    forms: &[
        "Three down, two to go — your free quota renews at month's end. Full access costs €6.50 (cancel whenever). Have a login? ›",
        "Trackers here tally visits and pay for reporting via ads. [Agreed] [Customise]",
        "No new replies can be added to this dispatch.",
        "QUICK VOTE — International peacekeepers on the contact line: yes, please / absolutely not / undecided. 4,218 responses",
        "Email address*  ☐ Alert me when there is news on {topic}  [Sign up]",
        "⚠ Incident tracker offline (code 503). Reload, or check back shortly.",
        "Find a communiqué — type a ministry, a date range or a reference no.",
        "Save for later ☆ — registration needed",
        "Thanks! Posts from new readers are reviewed before publishing.",
        "Pick a gift: $15 | $40 | $120 | Custom   ☐ Recurring (monthly)",
    ],
    navigation: &[
        "Home / News / Regions / Eastern Front",
        "Forward → Telegram | Viber | Messenger | LinkedIn | ✉",
        "Go to content ↓",
        "« Newer | Older » — showing 21–30 of 188",
        "▶ 0:12 | 2:58  🔈  Subtitles  ⤢",
        "▲ Top",
        "NEWS | ANALYSIS | OPINION | MULTIMEDIA | DATA | ABOUT US",
        "Press Office » Statements » 2024",
        "🖨 Print version",
        "Tags: {topic}, {city}, Security Council",
    ],
    bylines: &[
        "{name} & {name2}, {city} — rev. 09:05 CET",
        "{city}, 11 March (Wire) –",
        "Image © {name2} / ICRC",
        "{name} directs the Institute's programme on monitoring mechanisms and third-party guarantees; previously with the OSCE field mission. Tweets at @{handle}.",
        "Source text in Arabic; English: {name2}.",
        "Desk editor: {name}. {name2} contributed from {city}.",
        "Corrections & clarifications: readers.editor@dailyledger.example",
        "Graphics: {name} · Data: UN OCHA, ACLED",
        "Filed by {name} — 9-minute read — 23 replies",
    ],
    headlines: &[
        "Regional airline grounds fleet after software glitch strands thousands",
        "Grain corridor reopens as shipping insurers trim cover costs",
        "Parliament passes budget amid walkout by opposition deputies",
        "Inside the volunteer kitchens that feed 4,000 evacuees a day",
        "Injury-time header keeps relegated side's faint hopes alive",
        "Drought forces water rationing in three northern provinces",
        "Court orders release of reporter held 14 months without charge",
        "Fuel costs cloud inflation outlook as central bankers wait",
    ],
    topics: &[
        "ceasefire verification",
        "aid convoys",
        "detainee releases",
        "the demilitarised strip",
        "reconstruction pledges",
    ],
    names: &[
        "Leila Haddad",
        "Tomasz Wierzbicki",
        "Kwame Boateng",
        "Mariela Quispe",
        "Yusuf Demirtaş",
    ],
    seed: 0,
};

/// The thirty-fourth held-out set, written in the twenty-ninth round by a helper session from
/// the noise kinds alone (never run before the thirty-second round's end; only totals printed).
const UNSEEN_34: Templates = Templates {
    teasers: &[
        "🎧 Listen: the {topic} episode of “Europe Unpacked” has just dropped — hit play above, or subscribe in your favourite app (RSS feed available).",
        "Learn German with us — free, ten minutes a day. Start lesson one of “Deutsch im Alltag” ▶",
        "Read more: {headline}",
        "Tune in Saturdays, 14:30 UTC, on shortwave 9540 kHz — or stream us live 24/7.",
        "Listening from abroad? You don't pay our licence fee – but you can still keep independent public radio on air. Join the Supporters' Circle for €3/month.",
        "FURTHER LISTENING FROM THE BALTIC DESK",
        "Later in the show: {name} on why {topic} is splitting the coalition, plus your letters from {city}.",
        "The Friday Dispatch: seven stories our night editors couldn't stop talking about, delivered weekly. Subscribe free.",
        "Get the Radio International app – offline listening, a sleep timer and notifications whenever we cover {topic}.",
        "VIDEO | Sleeper carriages are back: our reporter takes the overnight service from Vienna to Brussels (3:42)",
    ],
    forms: &[
        "E-mail address*",
        "Nearly done! Look for our confirmation e-mail (check spam too) and click “Activate” to receive the newsletter.",
        "May we set statistics cookies, so we know how many of you tune in and which edition you favour? Your choice: [Allow all] [Reject optional] [Configure]",
        "For licensing reasons this recording may only be streamed inside the broadcaster's home country.",
        "Find a show, host or frequency",
        "Your contribution: ○ Monthly ○ Annual ○ One-off — €5 · €10 · €25 · Other amount",
        "Have your say: should {topic} be handled in Brussels rather than national capitals? ◯ Yes ◯ No ◯ Not sure — 1,284 listeners have voted",
        "All comments pass through moderation before publication; at weekends expect delays. Discussion guidelines apply.",
        "Log in to your listener profile to bookmark episodes for later.",
        "Stream unavailable (error 232011). Reload, or fall back to the low-bandwidth MP3.",
    ],
    navigation: &[
        "Home › English › Programmes › Current Affairs",
        "Skip to audio player",
        "-31:12 ◀◀ 15s ▶ 15s ▶▶ Speed 1.0×",
        "Editions: English | Deutsch | Français | Español | Русский | العربية",
        "Share this page via: Facebook | Bluesky | Telegram | WhatsApp | E-mail",
        "« Previous episode   |   Next episode »",
        "▲ Top of page",
        "News | Culture | Science | Learn a Language | Schedule | Frequencies",
        "‹ 1 2 3 … 6 ›",
        "CENTRAL & EASTERN EUROPE",
    ],
    bylines: &[
        "{name}, {city}",
        "Text: {name} · Editing: {name2} · 07.11.24 | 18:02",
        "Presenter: {name} · Producer: {name2} · Sound engineer: Tomás Reichl",
        "English adaptation: {name2} (original in Czech)",
        "Photo: {name}/Radio archive",
        "{name} joined the English newsroom in 2016 to cover {topic} and now presents the weekly show Crossroads. On social media: @{handle}",
        "A version of this story aired in the 7 a.m. bulletin; the online text is abridged.",
        "Update: we corrected the referendum date, which our original text had wrong. Report mistakes to english.desk@radio-intl.eu",
        "dpa, AFP, Reuters / {name}",
    ],
    headlines: &[
        "Slovak farmers block border crossings over grain imports",
        "Lisbon's yellow trams: a tourist icon that locals can no longer catch",
        "Parliament in Vilnius votes to extend conscription to women",
        "Swiss glacier has shrunk by a third since 2014, survey shows",
        "Eurozone inflation cools again as fuel gets cheaper",
        "Fans mourn jazz pianist who smuggled records across the Iron Curtain",
        "Denmark to ban disposable vapes from next summer",
        "Opinion: Europe's night trains need more than nostalgia",
    ],
    topics: &[
        "energy prices",
        "the minority language law",
        "migration policy",
        "rural broadband",
        "student housing costs",
    ],
    names: &[
        "Katarzyna Wójcik",
        "Emeka Adebayo",
        "Lars Holmqvist",
        "Mariana Ionescu",
        "Hiroshi Tanabe",
    ],
    seed: 0,
};

/// The thirty-fifth held-out set, written in the thirtieth round by a helper session from
/// the noise kinds alone (never run before the thirty-third round's end; only totals printed).
const UNSEEN_35: Templates = Templates {
    teasers: &[
        "LIVE — Overnight shelling in the eastern sector: our reporters' running blog ›",
        "Read also: {headline}",
        "Situation Report No. 14 — {topic} (PDF | 860 KB) ⬇",
        "📻 Missed the morning bulletin? The 07:00 district roundup airs again at 12:30 on 98.4 FM, or catch it in our app.",
        "Flash Update on {topic}: one email each weekday, sent before 9am. Yes, send it",
        "WATCH | Frontline villagers trickle home as guns fall silent (02:47)",
        "Just $35 buys a family hygiene kit for a month. Donate now →",
        "FACTBOX-What's in the truce deal, and who monitors it?",
        "Interactive map: each reported breach since the pact came into force",
        "Sponsored | Rebuild your home with galvanised roofing sheets at factory rates — free delivery to all tehsils",
    ],
    forms: &[
        "Enter a mobile number to get district emergency warnings via SMS or WhatsApp",
        "Staff vet every submission; anything inciting hatred or violence is deleted without notice.",
        "Free reads used: 4/5. For Rs 120 monthly, get all pages of the printed edition — Subscribe",
        "Our portal drops tiny text files that show us how often you return and whether you read in اردو or English. [OK] [Details]",
        "QUICK POLL — Ceasefire through spring: realistic or not? ● Realistic ● Unrealistic ● Hard to say → 9,317 readers have voted",
        "Live ticker temporarily unavailable. Retry in a few minutes.",
        "Search maps, reports and infographics…",
        "Subscriber ID / password — sign in for archive access",
        "Report an incident: Select district ▾ | Date | What happened? | Attach photo | [Submit]",
        "Your name* | E-mail* (hidden) | Website — [Post Comment]",
    ],
    navigation: &[
        "Home › National › Border Affairs",
        "Home / Humanitarian Response / {topic} / Sitreps",
        "Forward this story ➜ WhatsApp · Telegram · f · X · Copy link · 🖨",
        "◀ Older  1  2  3 … 18  Newer ▶",
        "Skip to main content",
        "LIVE TV | Urdu | English | Programme Schedule | Frequencies",
        "▲ TOP",
        "District Profile | Tehsils | Helpline Numbers | Notifications | Tenders",
        "▶ 01:58 ━━━○──── 04:36  🔊  CC  ⛶",
        "PROVINCES",
    ],
    bylines: &[
        "By {name} in {city} and {name2}; with reporting by colleagues in the capital",
        "{city}, Nov 3 (AFP) —",
        "Photo: {name}/Sub-Office North — Displaced families queue at a food distribution point.",
        "{name}, our district correspondent, has reported along the line of control since 2016. On X: @{handle}",
        "Urdu copy: {name2}. English rendering: Web Team",
        "CORRECTION (14 Nov): The original upload overstated how many crossing points had reopened. Errors: readers.editor@dailynational.example",
        "Staff Reporter",
        "Map boundaries and names are illustrative and carry no official endorsement. Map production: IM Section.",
        "Video: {name} | Editing: {name2}",
    ],
    headlines: &[
        "Early harvest lifts farm incomes; wheat buying target raised",
        "National Under-19 squad named for Asia Cup qualifiers",
        "Power tariff hike to take effect from July, regulator confirms",
        "Heavy snowfall cuts off three mountain passes; travellers told to postpone journeys",
        "Ex-minister freed on bail in land allotment case",
        "Second phase of polio campaign to reach 2.1 million children",
        "Policy rate left unchanged at 11.5% as price pressures cool",
        "Veteran folk singer dies at 84; funeral prayers in hometown on Friday",
    ],
    topics: &[
        "ceasefire violations",
        "displaced families",
        "border crossings",
        "mine clearance",
        "prisoner exchanges",
    ],
    names: &[
        "Farzana Qureshi",
        "Tomasz Wielgosz",
        "Amara Nwosu",
        "Dilshod Karimov",
        "Inês Carvalho",
    ],
    seed: 0,
};

/// The thirty-sixth held-out set, written in the thirty-third round by a helper session from
/// the noise kinds alone (never run before the thirty-fourth round's end; only totals printed).
const UNSEEN_36: Templates = Templates {
    teasers: &[
        "LIVE ● Truce negotiations: every update from the table →",
        "The joint communique from the {city} talks now sits unabridged on the ministry website.",
        "WATCH | Aerial video over frontline hamlets after three quiet days",
        "Before breakfast, every working day, a tally of overnight incidents across the contact zone arrives by email. No charge.",
        "📻 Podcast: from {city}, why the {topic} keeps falling apart (18 min)",
        "Our crews near the front are kept there by readers. A regular gift, however modest, makes the difference.",
        "Related: {headline}",
        "Each Friday the mission posts an updated violations map in its reports section.",
        "SPONSORED · Satellite links for relief organisations in conflict zones — book a demo",
        "Maps, timelines and each article on the {topic} are gathered under a single topic page.",
    ],
    forms: &[
        "Join the Ceasefire Watch mailing list. We keep your details private and never sell them.",
        "Your e-mail* [ Join ]",
        "You have opened four of your five gratis stories since the 1st. Subscribers read every frontline report plus the whole back catalogue.",
        "Trackers on these pages log visits and match adverts to what you browse. Fine by me | Pick cookies",
        "Responses beneath this dispatch have been frozen. Too many posts ignored the guidelines for debate.",
        "YOUR VIEW — Has the shooting near your town stopped? ◉ Mostly ◉ Barely ◉ Never stopped [Submit]",
        "The incidents overlay is temporarily offline. Refresh and it may appear.",
        "Find statements, maps & briefings…",
        "Keeping reports to read offline means creating a profile, at no cost. Please sign in.",
        "Report a violation: date / place / details — attach photo (max 8 MB) [Submit]",
    ],
    navigation: &[
        "Home › Regions › Caucasus › Truce monitor",
        "Bypass the menus",
        "Forward: Viber · Telegram · Mail · 🖨",
        "Previous bulletin Following bulletin",
        "Page 13 of 29 Next page",
        "Scroll up ▲",
        "News Politics Regions Opinion Video Statements Archive",
        "⏸ Pause 02:41 / 05:09 🔇 ⛶",
        "Statements and communiques",
        "Versions: Arabic · Русский · Français",
    ],
    bylines: &[
        "By {name} | Reuters | Last updated 17:48 UTC",
        "{city} (AP) —",
        "Words: {name}, {city}. Extra material: {name2}. Subs: the Europe team",
        "{name}, our defence correspondent, has worked the frontline beat for ten years, first for radio and then for print.",
        "Picture: {name2} / staff",
        "Translated by {name2}. The Arabic version ran in Monday's print edition.",
        "Released by the press unit of the Special Envoy in {city} on Tuesday.",
        "✉️ Got a lead on the talks? Reach {name} over Signal, or message @{handle}",
        "Errors in this coverage go to {name2}, who edits for accuracy.",
    ],
    headlines: &[
        "Lira slides to new low as reserves dwindle",
        "Landslides block highway and strand hundreds on the plateau",
        "‘Nothing is left’: villagers come home to shattered houses and empty barns",
        "Lawmakers pass spending plan after marathon overnight sitting",
        "Explainer: Who gets released under the detainee deal, and when",
        "Football: Capital club seal league crown with penalty in the 94th minute",
        "Grain exports tumble as ports stay shut",
        "Mediator arrives in {city} — five things to watch",
    ],
    topics: &[
        "ceasefire agreement",
        "prisoner exchange",
        "humanitarian corridor",
        "buffer zone",
        "peace talks",
    ],
    names: &[
        "Leyla Hasanova",
        "Tomasz Wrona",
        "Amani Odhiambo",
        "Rafael Quintero",
        "Seo-yeon Kwak",
    ],
    seed: 0,
};

/// The thirty-seventh held-out set, written in the thirty-third round by a helper session from
/// the noise kinds alone (never run before the thirty-fifth round's end; only totals printed).
const UNSEEN_37: Templates = Templates {
    teasers: &[
        "▶ VIDEO | From above: {city}'s grain market before and after the overnight strikes | 3:12",
        "Full sitrep ⬇ (3.9 MB, PDF)",
        "Our field teams are still working in {city}. $40 buys water containers for five displaced people — give now.",
        "Related: {headline}",
        "Ceasefire Watch lands Mondays and Thursdays: a free roundup of {topic}, compiled by regional analysts.",
        "🎧 Dispatch Room, ep. 114 — {name} on why monitoring missions quietly fall apart (42 min)",
        "Sponsored · Nordbridge Mediation Trust",
        "More on {topic} »",
        "Popular this week ① {headline} ② Charting every hamlet along the frontline ③ Who rebuilds the bridges?",
        "Verified incident reports hit Telegram first 👉 t.me/ceasefirewatch",
    ],
    forms: &[
        "Inbox address: ________ [ Join ] About twice monthly; each issue carries a one-click opt-out.",
        "You're down to your last no-cost story for May. Registration is gratis and takes a minute.",
        "Cookie settings: analytics trackers log which of our briefings readers open. [Agree] [Strictly needed] [Choose…]",
        "🗳 Reader question — is the truce likely to survive the next round of talks? ☐ Holds ☐ Collapses ☐ Not sure → Send answer · 3,907 responses",
        "Moderators have switched off replies here.",
        "Find a map, report or appeal…",
        "Licensing limits: streaming of this footage is blocked in your location.",
        "Incident map offline (HTTP 503). Reload later.",
        "Partner institutions: authenticate via SSO to download the raw incident dataset.",
        "Say something… (display name and address required; the address stays hidden)",
    ],
    navigation: &[
        "Home / Africa / Sahel / {topic}",
        "↓ Story begins",
        "Updates | Maps | Funding | Appeals | Contact",
        "‹ Older   4 / 11   Newer ›",
        "Forward ⟶ ✈  🟢  f  ✉  🔗",
        "1:58 / 9:04  ⏸  🔊  CC  ⛶",
        "Top ⤒",
        "ANALYSIS",
        "Filed under: {topic}, Conflict monitoring, Diplomacy",
        "Load more timeline entries",
    ],
    bylines: &[
        "{name} & {name2} reporting from {city} · rev. 14:22 GMT",
        "{name} leads our conflict prevention programme, researching security arrangements and truce verification by outside parties.",
        "Photo: {name2}/handout",
        "Camera: {name2} / Cut: {name} / Maps: visual team",
        "English version: {name}.",
        "Errors & corrections: corrections@ceasefirewatch.org (include the article URL)",
        "{name} tweets as @{handle}",
        "{city} · 5 hrs",
    ],
    headlines: &[
        "Flood-hit delta growers say compensation promised in March never arrived",
        "Currency slumps to record low as reserves dwindle",
        "Opposition leader detained at airport hours after returning from exile",
        "Measles cases triple in northern camps, WHO warns",
        "Why a copper mine deal could reshape the region's politics",
        "Teenage winger's header deep in added time dumps holders from regional cup",
        "Rolling blackouts spread as heatwave strains ageing grid",
        "Parliament passes contested NGO funding bill in late-night vote",
    ],
    topics: &[
        "ceasefire mediation",
        "humanitarian access",
        "prisoner exchanges",
        "border crossings",
        "aid convoys",
    ],
    names: &[
        "Yusuf Demirkan",
        "Ingrid Solvang",
        "Amani Wekesa",
        "Mateo Arrieta",
        "Priya Raghunathan",
    ],
    seed: 0,
};

/// The thirty-eighth held-out set, written in the thirty-third round by a helper session from
/// the noise kinds alone (never run before the thirty-sixth round's end; only totals printed).
const UNSEEN_38: Templates = Templates {
    teasers: &[
        "Catch up on the dawn bulletin from {city} whenever you like through our mobile player",
        "▶ LIVE | {topic}: every development, timestamped",
        "Line of Contact is our free Thursday newsletter on conflicts and the diplomacy aimed at ending them.",
        "Related: {headline} »",
        "The ministry puts up a complete transcript of each spokesperson briefing on its website.",
        "🎧 Podcast | Inside the talks: what the mediators won’t say on the record (38 min)",
        "Independent radio depends on its audience. Give what you can each month to keep reporters in the field.",
        "📈 Trending now — {headline} / Aid convoy stopped at checkpoint / Parliament extends emergency decree",
        "Full access to every article, just €1 for the first quarter → Claim offer",
        "Further analysis of {topic} appears in our comment section each weekend.",
    ],
    forms: &[
        "Only paying readers can open this article, and your complimentary quota refreshes when the new month begins.",
        "Agree & close ✓ | Strictly required only | Pick purposes ⚙",
        "This site saves a few cookies that let us count listeners on our stream and hold on to your settings.",
        "🗳 Reader vote: will both sides respect the Sunday deadline? 👍 42% 👎 51% 🤷 7%",
        "Reader comments are paused for now while moderators go through flagged posts.",
        "🔍 Look up statements by date, department or keyword…",
        "Leave your email to get the truce digest before breakfast, every weekday.",
        "Email* [__________] [ Subscribe ] Your address is used for this newsletter alone. Privacy policy ↗",
        "Our broadcast stream is paused for engineering work and should return before the noon news.",
        "⚠ Couldn’t fetch new posts. Reconnecting… (attempt 2/4)",
    ],
    navigation: &[
        "All ministry communiqués",
        "Home › Newsroom › Communiqués › 2025",
        "Go straight to the main news",
        "◀ 10:02 update | 10:41 update ▶",
        "Home News Region Politics",
        "Forward ↗ Threema · Signal · WhatsApp Channel · 𝕏 · Copy link",
        "Return to newest post",
        "⏯ 02:41 ━━━●──── 11:05 🔊",
        "Listen again to earlier programmes in the audio archive",
        "Showing 61–70 of 218 statements · Next ›",
    ],
    bylines: &[
        "{name}, {city} | {name2}, Vienna",
        "📷 {name}/Anadolu Agency",
        "{name} reported this from {city} and {name2} assisted from the capital.",
        "Updated 14:52 GMT · 3 min read",
        "Statement distributed on behalf of the office of the deputy minister.",
        "Factual error? ✉ fixes@lineofcontact.net or DM @{handle}",
        "{name} has tracked the talks and the security situation for the paper ever since the first truce collapsed.",
        "{city}, 06:10 local time — {name2}, Morning Desk",
        "{name2} prepared the English text from the Arabic original.",
    ],
    headlines: &[
        "Sardine boats return with biggest haul in a decade after cold spring",
        "‘We just want the water back’: villagers wait as pipeline repairs stall",
        "Regional court delays ruling on disputed mayoral election again",
        "Drone sightings halt flights at city airport for two hours — police",
        "Central bankers pause on rates again as prices cool",
        "EXPLAINER | Border pact: who gains, who pays",
        "Teachers union calls off strike after last minute pay deal",
        "Football: Veteran striker, 38, agrees new deal to stay at boyhood club",
    ],
    topics: &[
        "patrols along the demarcation line",
        "humanitarian corridors",
        "prisoner exchanges",
        "aid deliveries to the enclave",
        "the demining programme",
    ],
    names: &[
        "Leyla Abdurrahmanova",
        "Tomás Quiroga",
        "Nomvula Dlamini",
        "Henrik Lindqvist",
        "Farid Benali",
    ],
    seed: 0,
};

/// Every noise set the evaluation prints, each spliced as plain text and into HTML: name, page
/// split (0 and 1 tuning, 2 held-out) and templates.
const NOISE_SETS: [(&str, usize, &Templates); 219] = [
    ("tune", 0, &TUNE),
    ("tune-2", 1, &TUNE_2),
    ("tune-3 (split 0)", 0, &TUNE_3),
    ("tune-4 (split 1)", 1, &TUNE_4),
    ("tune-5 (split 0)", 0, &TUNE_5),
    ("tune-6 (split 1)", 1, &TUNE_6),
    ("tune-7 (split 0)", 0, &TUNE_7),
    ("tune-8 (split 1)", 1, &TUNE_8),
    ("tune-9 (split 0)", 0, &TUNE_9),
    ("tune-10 (split 1)", 1, &TUNE_10),
    ("tune-11 (split 0)", 0, &TUNE_11),
    ("tune-12 (split 1)", 1, &TUNE_12),
    ("tune-13 (split 0)", 0, &TUNE_13),
    ("tune-14 (split 1)", 1, &TUNE_14),
    ("tune-15 (split 0)", 0, &TUNE_15),
    ("tune-16 (split 1)", 1, &TUNE_16),
    ("tune-17 (split 0)", 0, &TUNE_17),
    ("tune-18 (split 1)", 1, &TUNE_18),
    ("tune-19 (split 0)", 0, &TUNE_19),
    ("tune-20 (split 1)", 1, &TUNE_20),
    ("tune-21 (split 0)", 0, &TUNE_21),
    ("tune-22 (split 1)", 1, &TUNE_22),
    ("tune-23 (split 0)", 0, &TUNE_23),
    ("tune-24 (split 1)", 1, &TUNE_24),
    ("tune-25 (split 0)", 0, &TUNE_25),
    ("tune-26 (split 1)", 1, &TUNE_26),
    ("tune-27 (split 0)", 0, &TUNE_27),
    ("tune-28 (split 1)", 1, &TUNE_28),
    ("tune-29 (split 0)", 0, &TUNE_29),
    ("tune-30 (split 1)", 1, &TUNE_30),
    ("tune-31 (split 0)", 0, &TUNE_31),
    ("tune-32 (split 1)", 1, &TUNE_32),
    ("tune-33 (split 0)", 0, &TUNE_33),
    ("tune-34 (split 1)", 1, &TUNE_34),
    ("tune-35 (split 0)", 0, &TUNE_35),
    ("tune-36 (split 1)", 1, &TUNE_36),
    ("tune-37 (split 0)", 0, &TUNE_37),
    ("tune-38 (split 1)", 1, &TUNE_38),
    ("tune-39 (split 0)", 0, &TUNE_39),
    ("tune-40 (split 1)", 1, &TUNE_40),
    ("tune-41 (split 0)", 0, &TUNE_41),
    ("tune-42 (split 1)", 1, &TUNE_42),
    ("tune-43 (split 0)", 0, &TUNE_43),
    ("tune-44 (split 1)", 1, &TUNE_44),
    ("tune-45 (split 0)", 0, &TUNE_45),
    ("tune-46 (split 1)", 1, &TUNE_46),
    ("tune-47 (split 0)", 0, &TUNE_47),
    ("tune-48 (split 1)", 1, &TUNE_48),
    ("tune-49 (split 0)", 0, &TUNE_49),
    ("tune-50 (split 1)", 1, &TUNE_50),
    ("tune-51 (split 0)", 0, &TUNE_51),
    ("tune-52 (split 1)", 1, &TUNE_52),
    ("tune-53 (split 0)", 0, &TUNE_53),
    ("tune-54 (split 1)", 1, &TUNE_54),
    ("tune-55 (split 0)", 0, &TUNE_55),
    ("tune-56 (split 1)", 1, &TUNE_56),
    ("tune-57 (split 0)", 0, &TUNE_57),
    ("tune-58 (split 1)", 1, &TUNE_58),
    ("tune-59 (split 0)", 0, &TUNE_59),
    ("tune-60 (split 1)", 1, &TUNE_60),
    ("tune-61 (split 0)", 0, &TUNE_61),
    ("tune-62 (split 1)", 1, &TUNE_62),
    ("tune-63 (split 0)", 0, &TUNE_63),
    ("tune-64 (split 1)", 1, &TUNE_64),
    ("tune-65 (split 0)", 0, &TUNE_65),
    ("tune-66 (split 1)", 1, &TUNE_66),
    ("tune-67 (split 0)", 0, &TUNE_67),
    ("tune-68 (split 1)", 1, &TUNE_68),
    ("tune-69 (split 0)", 0, &TUNE_69),
    ("tune-70 (split 1)", 1, &TUNE_70),
    ("tune-71 (split 0)", 0, &TUNE_71),
    ("tune-72 (split 1)", 1, &TUNE_72),
    ("tune-73 (split 0)", 0, &TUNE_73),
    ("tune-74 (split 1)", 1, &TUNE_74),
    ("tune-75 (split 0)", 0, &TUNE_75),
    ("tune-76 (split 1)", 1, &TUNE_76),
    ("tune-77 (split 0)", 0, &TUNE_77),
    ("tune-78 (split 1)", 1, &TUNE_78),
    ("tune-79 (split 0)", 0, &TUNE_79),
    ("tune-80 (split 1)", 1, &TUNE_80),
    ("tune-81 (split 0)", 0, &TUNE_81),
    ("tune-82 (split 1)", 1, &TUNE_82),
    ("tune-83 (split 0)", 0, &TUNE_83),
    ("tune-84 (split 1)", 1, &TUNE_84),
    ("tune-85 (split 0)", 0, &TUNE_85),
    ("tune-86 (split 1)", 1, &TUNE_86),
    ("tune-87 (split 0)", 0, &TUNE_87),
    ("tune-88 (split 1)", 1, &TUNE_88),
    ("tune-89 (split 0)", 0, &TUNE_89),
    ("tune-90 (split 1)", 1, &TUNE_90),
    ("tune-91 (split 0)", 0, &TUNE_91),
    ("tune-92 (split 1)", 1, &TUNE_92),
    ("tune-93 (split 0)", 0, &TUNE_93),
    ("tune-94 (split 1)", 1, &TUNE_94),
    ("tune-95 (split 0)", 0, &TUNE_95),
    ("tune-96 (split 1)", 1, &TUNE_96),
    ("tune-97 (split 0)", 0, &TUNE_97),
    ("tune-98 (split 1)", 1, &TUNE_98),
    ("tune-99 (split 0)", 0, &TUNE_99),
    ("tune-100 (split 1)", 1, &TUNE_100),
    ("tune-101 (split 0)", 0, &TUNE_101),
    ("tune-102 (split 1)", 1, &TUNE_102),
    ("tune-103 (split 0)", 0, &TUNE_103),
    ("tune-104 (split 1)", 1, &TUNE_104),
    ("tune-105 (split 0)", 0, &TUNE_105),
    ("tune-106 (split 1)", 1, &TUNE_106),
    ("tune-107 (split 0)", 0, &TUNE_107),
    ("tune-108 (split 1)", 1, &TUNE_108),
    ("tune-109 (split 0)", 0, &TUNE_109),
    ("tune-110 (split 1)", 1, &TUNE_110),
    ("tune-111 (split 0)", 0, &TUNE_111),
    ("tune-112 (split 1)", 1, &TUNE_112),
    ("tune-113 (split 0)", 0, &TUNE_113),
    ("tune-114 (split 1)", 1, &TUNE_114),
    ("tune-115 (split 0)", 0, &TUNE_115),
    ("tune-116 (split 1)", 1, &TUNE_116),
    ("tune-117 (split 0)", 0, &TUNE_117),
    ("tune-118 (split 1)", 1, &TUNE_118),
    ("tune-119 (split 0)", 0, &TUNE_119),
    ("tune-120 (split 1)", 1, &TUNE_120),
    ("tune-121 (split 0)", 0, &TUNE_121),
    ("tune-122 (split 1)", 1, &TUNE_122),
    ("tune-123 (split 0)", 0, &TUNE_123),
    ("tune-124 (split 1)", 1, &TUNE_124),
    ("tune-125 (split 0)", 0, &TUNE_125),
    ("tune-126 (split 1)", 1, &TUNE_126),
    ("tune-127 (split 0)", 0, &TUNE_127),
    ("tune-128 (split 1)", 1, &TUNE_128),
    ("tune-129 (split 0)", 0, &TUNE_129),
    ("tune-130 (split 1)", 1, &TUNE_130),
    ("tune-131 (split 0)", 0, &TUNE_131),
    ("tune-132 (split 1)", 1, &TUNE_132),
    ("tune-133 (split 0)", 0, &TUNE_133),
    ("tune-134 (split 1)", 1, &TUNE_134),
    ("tune-135 (split 0)", 0, &TUNE_135),
    ("tune-136 (split 1)", 1, &TUNE_136),
    ("tune-137 (split 0)", 0, &TUNE_137),
    ("tune-138 (split 1)", 1, &TUNE_138),
    ("tune-139 (split 0)", 0, &TUNE_139),
    ("tune-140 (split 1)", 1, &TUNE_140),
    ("tune-141 (split 0)", 0, &TUNE_141),
    ("tune-142 (split 1)", 1, &TUNE_142),
    ("tune-143 (split 0)", 0, &TUNE_143),
    ("tune-144 (split 1)", 1, &TUNE_144),
    ("tune-145 (split 0)", 0, &TUNE_145),
    ("tune-146 (split 1)", 1, &TUNE_146),
    ("tune-147 (split 0)", 0, &TUNE_147),
    ("tune-148 (split 1)", 1, &TUNE_148),
    ("tune-149 (split 0)", 0, &TUNE_149),
    ("tune-150 (split 1)", 1, &TUNE_150),
    ("tune-151 (split 0)", 0, &TUNE_151),
    ("tune-152 (split 1)", 1, &TUNE_152),
    ("tune-153 (split 0)", 0, &TUNE_153),
    ("tune-154 (split 1)", 1, &TUNE_154),
    ("tune-155 (split 0)", 0, &TUNE_155),
    ("tune-156 (split 1)", 1, &TUNE_156),
    ("tune-157 (split 0)", 0, &TUNE_157),
    ("tune-158 (split 1)", 1, &TUNE_158),
    ("tune-159 (split 0)", 0, &TUNE_159),
    ("tune-160 (split 1)", 1, &TUNE_160),
    ("tune-161 (split 0)", 0, &TUNE_161),
    ("tune-162 (split 1)", 1, &TUNE_162),
    ("tune-163 (split 0)", 0, &TUNE_163),
    ("tune-164 (split 1)", 1, &TUNE_164),
    ("tune-165 (split 0)", 0, &TUNE_165),
    ("tune-166 (split 1)", 1, &TUNE_166),
    ("tune-167 (split 0)", 0, &TUNE_167),
    ("tune-168 (split 1)", 1, &TUNE_168),
    ("tune-169 (split 0)", 0, &TUNE_169),
    ("tune-170 (split 1)", 1, &TUNE_170),
    ("tune-171 (split 0)", 0, &TUNE_171),
    ("tune-172 (split 1)", 1, &TUNE_172),
    ("tune-173 (split 0)", 0, &TUNE_173),
    ("tune-174 (split 1)", 1, &TUNE_174),
    ("tune-175 (split 0)", 0, &TUNE_175),
    ("tune-176 (split 1)", 1, &TUNE_176),
    ("tune-177 (split 0)", 0, &TUNE_177),
    ("tune-178 (split 1)", 1, &TUNE_178),
    ("tune-179 (split 0)", 0, &TUNE_179),
    ("tune-180 (split 1)", 1, &TUNE_180),
    ("tune-181 (split 0)", 0, &TUNE_181),
    ("held-out-1 (fitted on since the tenth round)", 2, &UNSEEN),
    ("held-out-2 (fitted on since the tenth round)", 2, &UNSEEN_2),
    ("held-out-3 (fitted on since the tenth round)", 2, &UNSEEN_3),
    ("held-out-4 (fitted on since the tenth round)", 2, &UNSEEN_4),
    ("held-out-5 (fitted on since the tenth round)", 2, &UNSEEN_5),
    ("held-out-6 (fitted on since the tenth round)", 2, &UNSEEN_6),
    ("held-out-7 (fitted on since the tenth round)", 2, &UNSEEN_7),
    ("held-out-8 (fitted on since the tenth round)", 2, &UNSEEN_8),
    ("held-out-9 (fitted on since the tenth round)", 2, &UNSEEN_9),
    (
        "held-out-10 (fitted on since the tenth round)",
        2,
        &UNSEEN_10,
    ),
    (
        "held-out-11 (fitted on since the tenth round)",
        2,
        &UNSEEN_11,
    ),
    (
        "held-out-12 (fitted on since the eleventh round)",
        2,
        &UNSEEN_12,
    ),
    (
        "held-out-13 (fitted on since the thirteenth round)",
        2,
        &UNSEEN_13,
    ),
    (
        "held-out-14 (fitted on since the fourteenth round)",
        2,
        &UNSEEN_14,
    ),
    (
        "held-out-15 (fitted on since the fifteenth round)",
        2,
        &UNSEEN_15,
    ),
    (
        "held-out-16 (fitted on since the sixteenth round)",
        2,
        &UNSEEN_16,
    ),
    (
        "held-out-17 (fitted on since the seventeenth round)",
        2,
        &UNSEEN_17,
    ),
    (
        "held-out-18 (fitted on since the eighteenth round)",
        2,
        &UNSEEN_18,
    ),
    (
        "held-out-19 (fitted on since the nineteenth round)",
        2,
        &UNSEEN_19,
    ),
    (
        "held-out-20 (fitted on since the twentieth round)",
        2,
        &UNSEEN_20,
    ),
    (
        "held-out-21 (fitted on since the twenty-first round)",
        2,
        &UNSEEN_21,
    ),
    (
        "held-out-22 (fitted on since the twenty-second round)",
        2,
        &UNSEEN_22,
    ),
    (
        "held-out-23 (fitted on since the twenty-third round)",
        2,
        &UNSEEN_23,
    ),
    (
        "held-out-24 (fitted on since the twenty-fourth round)",
        2,
        &UNSEEN_24,
    ),
    (
        "held-out-25 (fitted on since the twenty-fifth round)",
        2,
        &UNSEEN_25,
    ),
    (
        "held-out-26 (fitted on since the twenty-sixth round)",
        2,
        &UNSEEN_26,
    ),
    (
        "held-out-27 (fitted on since the twenty-seventh round)",
        2,
        &UNSEEN_27,
    ),
    (
        "held-out-28 (fitted on since the twenty-eighth round)",
        2,
        &UNSEEN_28,
    ),
    (
        "held-out-29 (fitted on since the twenty-ninth round)",
        2,
        &UNSEEN_29,
    ),
    (
        "held-out-30 (fitted on since the thirtieth round)",
        2,
        &UNSEEN_30,
    ),
    (
        "held-out-31 (fitted on since the thirty-first round)",
        2,
        &UNSEEN_31,
    ),
    (
        "held-out-32 (fitted on since the thirty-second round)",
        2,
        &UNSEEN_32,
    ),
    (
        "held-out-33 (fitted on since the thirty-third round)",
        2,
        &UNSEEN_33,
    ),
    ("held-out-34", 2, &UNSEEN_34),
    ("held-out-35", 2, &UNSEEN_35),
    ("held-out-36", 2, &UNSEEN_36),
    ("held-out-37", 2, &UNSEEN_37),
    ("held-out-38", 2, &UNSEEN_38),
];

/// Which split a page belongs to, by the first hex digit of its id: 0–5 tune, 6–a tune-2, b–f held-out.
fn split_of(id: &str) -> usize {
    match u8::from_str_radix(&id[..1], 16).unwrap_or(0) {
        0..=5 => 0,
        6..=10 => 1,
        _ => 2,
    }
}

const CITIES: &[&str] = &["London", "Karachi", "Nairobi", "Washington", "Istanbul"];

fn fill(mut t: String, rng: &mut Rng, tpl: &Templates, titles: &[String]) -> String {
    let headline = if !titles.is_empty() && rng.below(2) == 0 {
        titles[rng.below(titles.len())].clone()
    } else {
        rng.pick(tpl.headlines).to_string()
    };
    let name = rng.pick(tpl.names);
    let name2 = rng.pick(tpl.names);
    let handle = name.to_lowercase().replace(' ', "");
    for (k, v) in [
        ("{topic}", rng.pick(tpl.topics).to_string()),
        ("{headline}", headline),
        ("{name2}", name2.to_string()),
        ("{name}", name.to_string()),
        ("{city}", rng.pick(CITIES).to_string()),
        ("{handle}", handle),
    ] {
        t = t.replace(k, &v);
    }
    t
}

#[derive(Default)]
struct NoiseTally {
    noise: usize,
    noise_removed: usize,
    true_paras: usize,
    true_lost: usize,
    /// Ground-truth paragraphs that are the original page's own furniture (see
    /// `is_page_furniture`): a third class, counted neither as true text nor as noise.
    furniture_paras: usize,
    furniture_removed: usize,
    by_kind: HashMap<&'static str, (usize, usize)>,
    /// The same pages as one batch, as `truce intake run` reads them: noise lines removed and
    /// true paragraphs lost once lines found in three or more pages are removed as well.
    batch_noise_removed: usize,
    batch_true_lost: usize,
    missed: Vec<String>,
    lost: Vec<String>,
}

/// How a noise set is fed to the pipeline.
#[derive(Clone, Copy, PartialEq)]
enum Splice {
    /// Ground-truth paragraphs and noise lines joined as plain text (no markup, no link density).
    Text,
    /// Noise lines inserted as elements (`<p>`, `<h3>`, links, labels) after paragraphs of the
    /// page's own HTML, so the extractor and link density take part. No class or id attributes:
    /// the noise must be judged by its content and markup shape, not by a site's class names.
    Html,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One noise line as markup of the kind sites use for it.
fn render(kind: &str, line: &str, rng: &mut Rng) -> String {
    let l = esc(line);
    match (kind, rng.below(3)) {
        ("headline", 0) => format!("<p><a href=\"/news/story-{}\">{l}</a></p>", rng.below(9999)),
        ("headline", 1) => format!("<h3>{l}</h3>"),
        ("headline", _) => format!("<p><strong>{l}</strong></p>"),
        ("teaser", 0 | 1) => match line.split_once(": ") {
            Some((label, rest)) => format!(
                "<p>{}: <a href=\"/story/{}\">{}</a></p>",
                esc(label),
                rng.below(9999),
                esc(rest)
            ),
            None => format!("<p><a href=\"/topic/{}\">{l}</a></p>", rng.below(9999)),
        },
        ("teaser", _) => format!("<p>{l}</p>"),
        ("form", 0) => format!("<div><label>{l}</label></div>"),
        ("form", _) => format!("<p>{l}</p>"),
        ("navigation", 0 | 1) => format!("<div><a href=\"#top\">{l}</a></div>"),
        ("navigation", _) => format!("<p>{l}</p>"),
        _ => format!("<p>{l}</p>"),
    }
}

fn squash_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn noise_set(
    pages: &[Page],
    titles: &[(String, String)],
    split: usize,
    tpl: &Templates,
    how: Splice,
    weights: Option<&Weights>,
    mut samples: Option<&mut Vec<Sample>>,
) -> NoiseTally {
    let mut t = NoiseTally::default();
    // Every page's cleaned article, spliced lines and the true paragraphs counted for it, for
    // the batch figure below.
    type BatchPage = (
        truce_ingest::Cleaned,
        Vec<(String, &'static str)>,
        Vec<String>,
    );
    let mut batch: Vec<BatchPage> = Vec::new();
    for (pi, p) in pages.iter().enumerate() {
        if split_of(&p.id) != split {
            continue;
        }
        let paras: Vec<String> = p
            .expected
            .split('\n')
            .map(squash_ws)
            .filter(|s| !s.is_empty())
            .collect();
        if paras.len() < 2 {
            continue;
        }
        // Headlines of *other* pages of the same split.
        let other: Vec<String> = titles
            .iter()
            .filter(|(id, _)| id != &p.id && split_of(id) == split)
            .map(|(_, t)| t.clone())
            .collect();
        let mut rng = Rng(0x7275_6365 ^ pi as u64 ^ tpl.seed);
        // For HTML: the page's own paragraphs that hold ground-truth text, to splice after.
        let doc = dom_query::Document::from(match how {
            Splice::Html => String::from_utf8_lossy(&p.html).into_owned(),
            Splice::Text => String::new(),
        });
        let sel = doc.select("p");
        let anchors: Vec<_> = sel
            .nodes()
            .iter()
            .filter(|n| {
                let t = squash_ws(&n.text());
                t.len() >= 30 && p.expected.contains(&t)
            })
            .cloned()
            .collect();
        if how == Splice::Html && anchors.is_empty() {
            continue;
        }
        let mut lines: Vec<String> = paras.clone();
        let mut noise: Vec<(String, &'static str)> = Vec::new();
        let k = 2 + rng.below(3);
        for _ in 0..k {
            let kind = ["headline", "teaser", "form", "navigation", "byline"][rng.below(5)];
            let line = match kind {
                "headline" => fill("{headline}".into(), &mut rng, tpl, &other),
                "teaser" => fill(rng.pick(tpl.teasers).into(), &mut rng, tpl, &other),
                // Form and navigation lines are filled only when they have a placeholder
                // ("Next: {headline}"), so that the sets without one draw the same random
                // numbers as they did before placeholders there were filled (eleventh round).
                "form" | "navigation" => {
                    let pool = if kind == "form" {
                        tpl.forms
                    } else {
                        tpl.navigation
                    };
                    let l = rng.pick(pool);
                    if l.contains('{') {
                        fill(l.into(), &mut rng, tpl, &other)
                    } else {
                        l.to_string()
                    }
                }
                _ => fill(rng.pick(tpl.bylines).into(), &mut rng, tpl, &other),
            };
            let line = squash_ws(&line);
            match how {
                Splice::Text => noise.push((line, kind)),
                Splice::Html => {
                    let html = render(kind, &line, &mut rng);
                    anchors[rng.below(anchors.len())].after_html(html);
                    noise.push((line, kind));
                }
            }
            if how == Splice::Text {
                let at = rng.below(lines.len() + 1);
                lines.insert(at, noise.last().map(|n| n.0.clone()).unwrap_or_default());
            }
        }
        let input = match how {
            Splice::Text => lines.join("\n\n"),
            Splice::Html => doc.html().to_string(),
        };
        let (raw, _) = extract(input.as_bytes());
        let (c, _) = truce_ingest::noise::clean_with(&raw, weights);
        let kept: std::collections::HashSet<&str> =
            c.kept.iter().map(|b| b.text.as_str()).collect();
        // Training samples: spliced noise lines (noise) and ground-truth paragraphs (article
        // text); the page's own credit lines and whatever else the extractor kept are left out,
        // their label being unknown or disputed.
        if let Some(out) = samples.as_deref_mut() {
            let xs = truce_ingest::noise::model_inputs(&raw);
            for (b, x) in raw.blocks.iter().zip(xs) {
                let Some(x) = x else { continue };
                if noise.iter().any(|(l, _)| l == &b.text) {
                    out.push((x, true));
                } else if paras.contains(&b.text) && !is_page_furniture(&p.id, &b.text) {
                    out.push((x, false));
                }
            }
        }
        // Diagnostics on the tuning splits only: why each short line was kept or removed.
        if split < 2 && std::env::var_os("EVAL_FEATURES").is_some() {
            let feats = truce_ingest::noise::explain(&raw);
            for (b, f) in raw.blocks.iter().zip(&feats) {
                let label = noise
                    .iter()
                    .find(|(l, _)| l == &b.text)
                    .map(|(_, k)| *k)
                    .unwrap_or(if paras.contains(&b.text) {
                        "TRUE"
                    } else {
                        "other"
                    });
                println!(
                    "FEAT {label:<10} {} {f:?} | {}",
                    if kept.contains(b.text.as_str()) {
                        "kept"
                    } else {
                        "GONE"
                    },
                    b.text.chars().take(90).collect::<String>()
                );
            }
        }
        let extracted: std::collections::HashSet<&str> =
            raw.blocks.iter().map(|b| b.text.as_str()).collect();
        for (line, k) in &noise {
            t.noise += 1;
            let e = t.by_kind.entry(k).or_default();
            e.0 += 1;
            if kept.contains(line.as_str()) {
                t.missed.push(format!("{k}: {line}"));
            } else {
                t.noise_removed += 1;
                e.1 += 1;
            }
        }
        // A true paragraph is lost when the extractor produced it and the noise pass dropped it
        // (what the extractor misses is the benchmark's recall, measured above).
        let mut counted = Vec::new();
        for para in &paras {
            if how == Splice::Html && !extracted.contains(para.as_str()) {
                continue;
            }
            if is_page_furniture(&p.id, para) {
                t.furniture_paras += 1;
                t.furniture_removed += usize::from(!kept.contains(para.as_str()));
                continue;
            }
            t.true_paras += 1;
            counted.push(para.clone());
            if !kept.contains(para.as_str()) {
                t.true_lost += 1;
                let why = c
                    .removed
                    .iter()
                    .find(|(b, _)| &b.text == para)
                    .map_or("dropped", |(_, k)| k.name());
                t.lost.push(format!(
                    "{why}: {}",
                    para.chars().take(120).collect::<String>()
                ));
            }
        }
        batch.push((c, noise, counted));
    }
    // The same pages read as one batch by `truce intake run`: each page its own story, and lines
    // found in three or more of them removed as the site's furniture.
    let (mut cleaned, lines): (Vec<_>, Vec<_>) =
        batch.into_iter().map(|(c, n, tp)| (c, (n, tp))).unzip();
    let story_of: Vec<usize> = (0..cleaned.len()).collect();
    truce_ingest::noise::remove_recurring(&mut cleaned, &story_of, 3);
    for (c, (noise, true_paras)) in cleaned.iter().zip(&lines) {
        let kept: std::collections::HashSet<&str> =
            c.kept.iter().map(|b| b.text.as_str()).collect();
        t.batch_noise_removed += noise
            .iter()
            .filter(|(l, _)| !kept.contains(l.as_str()))
            .count();
        t.batch_true_lost += true_paras
            .iter()
            .filter(|para| !kept.contains(para.as_str()))
            .count();
    }
    t
}

/// The benchmark's ground-truth lines labelled page furniture by hand
/// (`testdata/intake/page_furniture.tsv`): the lines of each page, by page id prefix.
static FURNITURE: std::sync::LazyLock<HashMap<String, std::collections::HashSet<String>>> =
    std::sync::LazyLock::new(|| {
        let path = root().join("testdata/intake/page_furniture.tsv");
        let text = std::fs::read_to_string(&path).expect("read testdata/intake/page_furniture.tsv");
        let mut by_page: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
        for l in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .skip(1)
        {
            let mut f = l.splitn(3, '\t');
            let (page, _kind, line) = (f.next(), f.next(), f.next());
            match (page, line) {
                (Some(page), Some(line)) => {
                    by_page
                        .entry(page.to_string())
                        .or_default()
                        .insert(line.to_string());
                }
                _ => panic!("page_furniture.tsv: bad row {l:?}"),
            }
        }
        by_page
    });

/// Whether a ground-truth paragraph is the page's own furniture rather than its article: a
/// credit line (`is_page_credit`) or a line labelled furniture by hand, blind to the noise
/// pass's verdicts (`testdata/intake/page_furniture.tsv`: other stories' headlines, teasers,
/// interface and navigation lines, bylines and credits that the benchmark's annotators kept).
fn is_page_furniture(id: &str, para: &str) -> bool {
    is_page_credit(para)
        || id
            .get(..12)
            .and_then(|page| FURNITURE.get(page))
            .is_some_and(|lines| lines.contains(para))
}

/// Whether a ground-truth paragraph is the original page's own byline or credit line, which the
/// benchmark counts as article text while issue 5 asks for bylines to be removed. The test is
/// fixed here, by the line's opening only, and is not the noise pass's rule: "Reporting by …",
/// "Additional reporting by …", "Editing by …", "Writing by …", "Compiled by …", "Photo: …",
/// "Photograph: …", "Image: …", "Credit: …", "© …", "Copyright …", or a short "By Name …".
/// Such lines are reported as a third class (how many the pass removed), so the true-text figure
/// neither counts them as lost nor hides them.
fn is_page_credit(para: &str) -> bool {
    let t = para.trim_start_matches(['(', '[', ' ']).to_lowercase();
    let n = para.split_whitespace().count();
    const OPENINGS: &[&str] = &[
        "reporting by",
        "additional reporting",
        "editing by",
        "writing by",
        "compiled by",
        "photo:",
        "photograph:",
        "photos:",
        "image:",
        "credit:",
        "©",
        "copyright",
    ];
    n <= 40 && OPENINGS.iter().any(|o| t.starts_with(o))
        || n <= 8
            && t.starts_with("by ")
            && para
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
}

#[derive(serde::Deserialize)]
struct LeadCase {
    published: String,
    text: String,
    places: Vec<String>,
    actors: Vec<String>,
    dates: Vec<String>,
}

// The allocator the `truce` binary ships with, so that the speed measured is the speed users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let re = Regex::new(r"\w+").expect("valid");
    let pages = load_benchmark();

    // 1. Benchmark.
    let mut raw_scores = Vec::new();
    let mut clean_scores = Vec::new();
    let mut titles = Vec::new();
    // Only the pipeline is timed (extract, noise pass, leads), not the scoring below.
    let mut pipeline = std::time::Duration::ZERO;
    for p in &pages {
        let started = Instant::now();
        let (a, _) = extract(&p.html);
        let (c, _) = clean(&a);
        let leads = truce_ingest::leads(&c, jiff::civil::date(2026, 11, 23));
        std::hint::black_box(&leads);
        pipeline += started.elapsed();
        let raw: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        let kept: Vec<&str> = c.kept.iter().map(|b| b.text.as_str()).collect();
        raw_scores.push(page_score(&re, &p.expected, &raw.join("\n")));
        clean_scores.push(page_score(&re, &p.expected, &kept.join("\n")));
        if std::env::var_os("EVAL_DUMP_REMOVED").is_some() {
            for (b, k) in &c.removed {
                let in_gt = p.expected.contains(&b.text);
                println!(
                    "REMOVED {} {} {:?} {}",
                    &p.id[..8],
                    if in_gt { "TRUE" } else { "ok  " },
                    k,
                    b.text.chars().take(140).collect::<String>()
                );
            }
        }
        if std::env::var_os("EVAL_PAGES").is_some() {
            let (tp, fp, fn_) = *clean_scores.last().expect("just pushed");
            let (rtp, rfp, rfn) = *raw_scores.last().expect("just pushed");
            println!(
                "PAGE {} precision {:.3} recall {:.3} (extractor alone {:.3} {:.3})",
                &p.id[..8],
                tp / (tp + fp).max(1e-9),
                tp / (tp + fn_).max(1e-9),
                rtp / (rtp + rfp).max(1e-9),
                rtp / (rtp + rfn).max(1e-9)
            );
        }
        if std::env::var_os("EVAL_DUMP_EXTRA").is_some() {
            for b in &c.kept {
                if !p.expected.contains(&b.text) {
                    println!(
                        "EXTRA {} {:?} {}",
                        &p.id[..8],
                        b.kind,
                        b.text.chars().take(140).collect::<String>()
                    );
                }
            }
        }
        if let Some(t) = a.title.clone() {
            titles.push((p.id.clone(), t));
        }
    }
    // The machine's speed varies from minute to minute (±20 % on shared machines): the figure is
    // the median of five passes over the pages, the first one above and four more.
    let mut passes = vec![pipeline.as_secs_f64()];
    if !std::env::args().any(|a| a == "--profile") {
        for _ in 0..4 {
            let started = Instant::now();
            for p in &pages {
                let (a, _) = extract(&p.html);
                let (c, _) = clean(&a);
                std::hint::black_box(truce_ingest::leads(&c, jiff::civil::date(2026, 11, 23)));
            }
            passes.push(started.elapsed().as_secs_f64());
        }
    }
    passes.sort_by(f64::total_cmp);
    let secs = passes[passes.len() / 2];
    // `--profile N`: run the timed pipeline N more times and stop, for a profiler.
    if let Some(n) = std::env::args()
        .skip_while(|a| a != "--profile")
        .nth(1)
        .and_then(|n| n.parse::<usize>().ok())
    {
        for _ in 0..n {
            for p in &pages {
                let (a, _) = extract(&p.html);
                let (c, _) = clean(&a);
                std::hint::black_box(truce_ingest::leads(&c, jiff::civil::date(2026, 11, 23)));
            }
        }
        return;
    }
    let (p0, r0, f0) = f1(&raw_scores);
    let (p1, r1, f1v) = f1(&clean_scores);
    println!("## article-extraction benchmark ({} pages)", pages.len());
    println!(
        "dom_smoothie + our block walk:          precision {p0:.4}  recall {r0:.4}  F1 {f0:.4}"
    );
    println!(
        "  + noise pass (what `intake clean` prints): precision {p1:.4}  recall {r1:.4}  F1 {f1v:.4}"
    );
    println!(
        "speed, one core, extract + noise + leads: {:.1} articles/s ({:.2} ms/article; median of 5 passes)",
        pages.len() as f64 / secs,
        secs * 1000.0 / pages.len() as f64
    );
    if verbose {
        let mut worst: Vec<(f64, &str)> = clean_scores
            .iter()
            .zip(&pages)
            .map(|(s, p)| (s.0 / (s.0 + s.1 + s.2).max(1e-9), p.id.as_str()))
            .collect();
        worst.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (s, id) in worst.iter().take(12) {
            println!("  worst page {id}: tp share {s:.3}");
        }
    }

    // 2. Noise sets: plain text and HTML, each on the tuning splits and the held-out pages.
    let sets: Vec<(String, usize, &Templates, Splice)> =
        [("text", Splice::Text), ("html", Splice::Html)]
            .into_iter()
            .flat_map(|(label, how)| {
                NOISE_SETS
                    .iter()
                    .map(move |(name, split, tpl)| (format!("{label}, {name}"), *split, *tpl, how))
            })
            .collect();
    if std::env::args().any(|a| a == "--train") {
        train(&pages, &titles);
        return;
    }
    // `--rules-only`: the noise sets judged by the shape rules alone, without the learned model.
    let rules_only = std::env::args().any(|a| a == "--rules-only");
    let committed = truce_ingest::noise::model::committed();
    let model = if rules_only { None } else { committed.as_ref() };
    // `--tuning-only` skips the held-out pages altogether, so a round of changes can be developed
    // without seeing a held-out figure.
    let tuning_only = std::env::args().any(|a| a == "--tuning-only");
    // `--set NAME` (repeatable) runs only the named sets ("tune-3", "held-out-13"): how the last
    // measured held-out set is used for validation while the newest stays unrun.
    let args: Vec<String> = std::env::args().collect();
    let only: Vec<&str> = args
        .windows(2)
        .filter(|w| w[0] == "--set")
        .map(|w| w[1].as_str())
        .collect();
    for (name, split, tpl, how) in sets {
        if tuning_only && split == 2 {
            continue;
        }
        let short = name.split(", ").nth(1).and_then(|r| r.split(' ').next());
        if !only.is_empty() && !only.iter().any(|o| Some(*o) == short) {
            continue;
        }
        let t = noise_set(&pages, &titles, split, tpl, how, model, None);
        println!("## noise set, {name}");
        println!(
            "noise lines removed: {}/{} = {:.1} %   true paragraphs lost: {}/{} = {:.2} %",
            t.noise_removed,
            t.noise,
            100.0 * t.noise_removed as f64 / t.noise.max(1) as f64,
            t.true_lost,
            t.true_paras,
            100.0 * t.true_lost as f64 / t.true_paras.max(1) as f64
        );
        println!(
            "  the page's own furniture (neither class): {} of {} removed; counted as true text, lost would be {}/{} = {:.2} %",
            t.furniture_removed,
            t.furniture_paras,
            t.true_lost + t.furniture_removed,
            t.true_paras + t.furniture_paras,
            100.0 * (t.true_lost + t.furniture_removed) as f64
                / (t.true_paras + t.furniture_paras).max(1) as f64
        );
        println!(
            "  as one batch (`intake run`: lines in 3 or more pages removed too): noise removed {}/{} = {:.1} %   true lost {}/{} = {:.2} %",
            t.batch_noise_removed,
            t.noise,
            100.0 * t.batch_noise_removed as f64 / t.noise.max(1) as f64,
            t.batch_true_lost,
            t.true_paras,
            100.0 * t.batch_true_lost as f64 / t.true_paras.max(1) as f64
        );
        // The held-out pages are only ever reported in aggregate.
        if split == 2 {
            continue;
        }
        let mut kinds: Vec<_> = t.by_kind.iter().collect();
        kinds.sort();
        for (k, (n, r)) in kinds {
            println!("  {k:<10} {r}/{n}");
        }
        if verbose {
            for m in t.missed.iter().take(40) {
                println!("  MISSED {m}");
            }
            for m in t.lost.iter().take(40) {
                println!("  LOST   {m}");
            }
        }
    }

    // 3. Leads set.
    let path = root().join("testdata/intake/leads.json");
    let cases: Vec<LeadCase> =
        serde_json::from_slice(&std::fs::read(&path).expect("read testdata/intake/leads.json"))
            .expect("leads.json parses");
    let (mut pn, mut ph, mut an, mut ah, mut dn, mut dh) = (0, 0, 0, 0, 0, 0);
    for c in &cases {
        let published: jiff::civil::Date = c.published.parse().expect("published is YYYY-MM-DD");
        let (a, _) = extract(c.text.as_bytes());
        let (cl, _) = clean(&a);
        let leads = truce_ingest::leads(&cl, published);
        for p in &c.places {
            pn += 1;
            if leads.iter().any(|l| l.places.iter().any(|x| &x.name == p)) {
                ph += 1;
            } else if verbose {
                println!("  place missed: {p}");
            }
        }
        for a in &c.actors {
            an += 1;
            if leads.iter().any(|l| l.actors.iter().any(|x| x == a)) {
                ah += 1;
            } else if verbose {
                println!("  actor missed: {a}");
            }
        }
        for d in &c.dates {
            dn += 1;
            if leads.iter().any(|l| &l.date == d) {
                dh += 1;
            } else if verbose {
                println!(
                    "  date missed: {d} in {:?}",
                    leads.iter().map(|l| &l.date).collect::<Vec<_>>()
                );
            }
        }
    }
    println!("## leads set ({} texts)", cases.len());
    println!(
        "recall: places {ph}/{pn} = {:.3}   actors {ah}/{an} = {:.3}   dates {dh}/{dn} = {:.3}",
        ph as f64 / pn.max(1) as f64,
        ah as f64 / an.max(1) as f64,
        dh as f64 / dn.max(1) as f64
    );
}
