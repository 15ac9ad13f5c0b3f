"""What the article prints, copied by hand from 《似然函数_交叉熵》 (2025-04-18).

The tests compare the snippets and the built site against these values.  They
are written exactly as the article prints them ("0.105", "2.3", "-0.223") and
are never read back from the snippets: if a snippet's input or formula changes,
its number stops matching the article and the suite fails.
"""

#: Every number the article gives or derives, by the page that mirrors its section.
PRINTED: dict[str, dict[str, str]] = {
    "least-squares/": {
        "least_squares.day_count": "5",  # §1.2 收集了5天的数据
        "least_squares.first_day_temperature": "20",  # §1.2 x₁ = 20
        "least_squares.first_day_sales": "50",  # §1.2 y₁ = 50
        "least_squares.trial_w": "2",  # §1.2 如果 w = 2
        "least_squares.trial_b": "10",  # §1.2 b = 10
        "least_squares.first_day_prediction": "50",  # §1.2 ŷ₁ = 2 × 20 + 10 = 50
        "least_squares.first_day_squared_error": "0",  # §1.2 (50 − 50)² = 0
        "least_squares.fitted_slope": "2",  # §1.3 w ≈ 2
        "least_squares.fitted_intercept": "10",  # §1.3 b ≈ 10
        "least_squares.outlier_sales": "1000",  # §1.4 某天销量突然变成1000
    },
    "cross-entropy/": {
        "cross_entropy.cat_label": "1",  # §2.2 标签 y = 1
        "cross_entropy.p_confident": "0.9",  # §2.2 p = 0.9
        "cross_entropy.p_wrong": "0.1",  # §2.2 p = 0.1
        "cross_entropy.cat_confident_loss": "0.105",  # §2.2 −log(0.9) ≈ 0.105
        "cross_entropy.cat_wrong_loss": "2.3",  # §2.2 −log(0.1) ≈ 2.3
        "cross_entropy.imbalance_cat_percent": "99",  # §2.4 99%是猫
        "cross_entropy.imbalance_dog_percent": "1",  # §2.4 1%是狗
    },
    "maximum-likelihood/": {
        "maximum_likelihood.toss_count": "10",  # §3.2 扔了10次硬币
        "maximum_likelihood.heads": "6",  # §3.2 正面6次
        "maximum_likelihood.tails": "4",  # §3.2 反面4次
        "maximum_likelihood.fair_p": "0.5",  # §3.2 正面概率不是0.5
        "maximum_likelihood.mle_closed_form": "0.6",  # §3.2 p = 0.6 时概率最大
        "maximum_likelihood.mle_numerical": "0.6",  # the same p, found numerically
    },
    "cross-entropy-from-likelihood/": {
        "cross_entropy_from_likelihood.label_free": "1",  # §1.4 y₁ = 1
        "cross_entropy_from_likelihood.label_meeting": "0",  # §1.4 y₂ = 0
        "cross_entropy_from_likelihood.p_free": "0.8",  # §1.4 p(x₁) = 0.8
        "cross_entropy_from_likelihood.p_meeting": "0.3",  # §1.4 p(x₂) = 0.3
        "cross_entropy_from_likelihood.not_spam_meeting": "0.7",  # §1.4 log(1 − 0.3) = log(0.7)
        "cross_entropy_from_likelihood.contribution_free": "-0.223",  # §1.4 log(0.8) ≈ −0.223
        "cross_entropy_from_likelihood.contribution_meeting": "-0.357",  # §1.4 log(0.7) ≈ −0.357
    },
    "cross-entropy-from-information/": {
        "cross_entropy_from_information.cross_entropy_free": "0.223",  # §2.5 −log(0.8) ≈ 0.223
        "cross_entropy_from_information.cross_entropy_meeting": "0.357",  # §2.5 −log(0.7) ≈ 0.357
    },
}

#: Numbers our verified annotations add (the article does not print them), checked
#: by hand: the 奶茶 data lie exactly on y = 2x + 10; −ln 0.1 = 2.302585…; the
#: Gaussian maximiser equals the least-squares line for any σ²; a one-hot P has H(P) = 0.
ANNOTATED: dict[str, dict[str, str]] = {
    "least-squares/": {
        "least_squares.loss_at_fit": "0",
        # sales (50, 60, 70, 80, 1000): x̄ = 30, ȳ = 252, Σ(x - x̄)y = 9600, Σ(x - x̄)² = 250
        "least_squares.outlier_slope": "38.4",  # 9600 / 250
        "least_squares.outlier_intercept": "-900",  # 252 - 38.4 × 30
        "least_squares.descent_slope": "2.000",  # gradient descent reaches the exact fit
        "least_squares.descent_intercept": "10.000",
        # noisy sales (51, 63, 71, 75, 94): ȳ = 70.8, Σ(x - x̄)y = -510 - 315 + 375 + 940 = 490
        "least_squares.noise_sd": "4",
        "least_squares.noise_seed": "1",
        "least_squares.noisy_slope": "1.96",  # 490 / 250
        "least_squares.noisy_intercept": "12.0",  # 70.8 - 1.96 × 30
        "least_squares.noisy_largest_residual": "-5.6",  # 75 - (1.96 × 35 + 12)
        "least_squares.noisy_loss": "9.68",  # (0.2² + 2² + 0.2² + 5.6² + 3.6²) / 5 = 48.4 / 5
        # outlier line 38.4x - 900: residuals 182, 0, -182, -364, 364
        "least_squares.outlier_loss": "66248",  # (2 × 182² + 2 × 364²) / 5
        # on the old line 2x + 10 only the outlier misses: (1000 - 90)² = 910²
        "least_squares.outlier_squared_error_on_old_line": "828100",
        "least_squares.other_days_squared_error_on_old_line": "0",
        # on the refitted line: the outlier 364², the other days 182² + 0² + 182² + 364² = 33124 + 33124 + 132496
        "least_squares.outlier_day_squared_error": "132496",
        "least_squares.other_days_squared_error": "198744",
        "least_squares.other_days_pulled_away": "3",  # residuals 182, 0, -182, -364: the x = 25 day stays on the line
        "least_squares.outlier_share_percent": "40",  # 132496 / (132496 + 198744) = 132496 / 331240 = 0.4
        "least_squares.absolute_slope": "2",  # the line through the other four days
        "least_squares.absolute_intercept": "10",
        # Huber, inliers within δ, outlier beyond: Σr = -δ, Σr·x = -40δ over the four days
        # gives Δw = 0.1δ, Δb = -2.5δ from (2, 10)
        "least_squares.huber_delta": "5",
        "least_squares.huber_slope": "2.5",
        "least_squares.huber_intercept": "-2.5",
    },
    "maximum-likelihood/": {
        "maximum_likelihood.gradient_estimate": "0.600",  # gradient ascent reaches 6 / 10
        "maximum_likelihood.ratio_to_fair": "1.22",  # 0.6⁶ 0.4⁴ / 0.5¹⁰ = 0.0011944 / 0.00097656
        "maximum_likelihood.ordered_sequences": "210",  # 10! / (6! 4!) = 3628800 / (720 × 24)
        "maximum_likelihood.sequence_probability_at_estimate": "0.00119",  # 0.6⁶ 0.4⁴ = 0.046656 × 0.0256
        "maximum_likelihood.event_probability_at_estimate": "0.251",  # 210 × 0.0011944 = 0.25082
        "maximum_likelihood.more_heads": "60",
        "maximum_likelihood.more_tails": "40",
        "maximum_likelihood.ratio_to_fair_more_tosses": "7.49",  # 1.22306¹⁰
        "maximum_likelihood.peak_width": "0.155",  # √(0.24 / 10)
        "maximum_likelihood.peak_width_more_tosses": "0.049",  # √(0.24 / 100)
        # each weight alone: w ← w + (1/3) σ(-w) from 0, loss ln(1 + e^(-w)) (run by hand in plain Python)
        "maximum_likelihood.separable_steps_short": "100",
        "maximum_likelihood.separable_steps_long": "10000",
        "maximum_likelihood.separable_rate": "1",
        "maximum_likelihood.separable_loss_short": "0.031",  # w = 3.4454
        "maximum_likelihood.separable_loss_long": "0.0003",  # w = 8.110
        "maximum_likelihood.separable_weight_short": "3.45",
        "maximum_likelihood.separable_weight_long": "8.11",
        "maximum_likelihood.l2_penalty": "0.1",
        "maximum_likelihood.regularised_weight": "0.938",  # fixed point w = σ(-w) / (3λ): σ(-0.938) / 0.3 = 0.9377
        "maximum_likelihood.regularised_probability": "0.72",  # σ(0.938)
        # penalty on the summed loss instead: fixed point w = σ(-w) / λ, σ(-1.634) / 0.1 = 0.16335 / 0.1
        "maximum_likelihood.sum_penalty_weight": "1.634",
        "maximum_likelihood.sum_penalty_probability": "0.84",  # σ(1.634) = 1 / (1 + e^-1.634) = 0.8367
    },
    "cross-entropy/": {
        "cross_entropy.cat_wrong_loss_exact": "2.303",
        "cross_entropy.cat_confident_bits": "0.152",  # -ln 0.9 / ln 2 = 0.10536 / 0.69315
        "cross_entropy.cat_wrong_bits": "3.32",  # ln 10 / ln 2
        # U = (0.5, 0.5), V = (0.7, 0.3), M = (0.9, 0.1); ln 0.5/0.9 = -0.5878, ln 0.5/0.1 = 1.6094
        "cross_entropy.fair_p": "0.5",
        "cross_entropy.between_p": "0.7",
        "cross_entropy.kl_fair_to_confident": "0.511",  # 0.5(-0.5878) + 0.5(1.6094)
        "cross_entropy.kl_confident_to_fair": "0.368",  # 0.9(0.5878) + 0.1(-1.6094)
        "cross_entropy.kl_fair_to_between": "0.087",  # 0.5 ln(5/7) + 0.5 ln(5/3)
        "cross_entropy.kl_between_to_confident": "0.154",  # 0.7 ln(7/9) + 0.3 ln 3
        "cross_entropy.kl_detour": "0.241",  # 0.0872 + 0.1537
        "cross_entropy.self_cross_entropy": "0.693",  # ln 2
        "cross_entropy.constant_accuracy_percent": "99",
        "cross_entropy.best_constant_prediction": "0.99",
        "cross_entropy.constant_cross_entropy": "0.056",  # -0.99 ln 0.99 - 0.01 ln 0.01 = 0.00995 + 0.04605
        "cross_entropy.weighted_constant_cross_entropy": "2.31",  # 0.5(-ln 0.99) + 0.5(-ln 0.01)
        "cross_entropy.weighted_best_prediction": "0.5",  # 0.5(-ln q) + 0.5(-ln(1 - q)) is least at 1/2
        "cross_entropy.weighted_least_cross_entropy": "0.693",  # ln 2
        "cross_entropy.wrong_logit": "-5",
        "cross_entropy.wrong_probability": "0.007",  # 1 / (1 + e⁵) = 0.006693
        "cross_entropy.wrong_cross_entropy_gradient": "-0.993",  # σ(-5) - 1
        "cross_entropy.wrong_squared_error_gradient": "-0.0132",  # 2(-0.99331)(0.006693)(0.99331)
        "cross_entropy.gradient_ratio": "75",  # 1 / (2 σ(-5) σ(5)) = 75.2
    },
    "summary/": {
        "cross_entropy.wrong_logit": "-5",
        "cross_entropy.wrong_probability": "0.007",
        "cross_entropy.wrong_cross_entropy_gradient": "-0.993",
        "cross_entropy.wrong_squared_error_gradient": "-0.0132",
        "cross_entropy.gradient_ratio": "75",
    },
    "normal-least-squares/": {
        "normal_least_squares.noisy_variance_estimate": "9.68",  # 48.4 / 5, the noisy fit's L
        "normal_least_squares.noisy_unbiased_variance_estimate": "16.13",  # 48.4 / (5 - 2)
        "least_squares.noisy_loss": "9.68",
        "normal_least_squares.exact_variance_estimate": "0",  # every residual of the table is 0
        "normal_least_squares.sigma2_small": "1",
        "normal_least_squares.sigma2_large": "25",
        "normal_least_squares.likelihood_slope_small_sigma": "2.000",
        "normal_least_squares.likelihood_intercept_small_sigma": "10.000",
        "normal_least_squares.likelihood_slope_large_sigma": "2.000",
        "normal_least_squares.likelihood_intercept_large_sigma": "10.000",
    },
    "cross-entropy-from-information/": {
        "cross_entropy_from_information.entropy_of_true_label": "0",
        "cross_entropy_from_information.kl_free": "0.223",
        "cross_entropy_from_information.illustration_p": "0.3",
    },
}

#: The numbers of the chapters' exercises (inputs and answers), worked out by hand, never read from the snippets.
EXERCISE_VALUES: dict[str, dict[str, str]] = {
    "least-squares/": {
        "least_squares.ex_changed_day_temperature": "30",  # 练习 1.1: the third day of the table, x₃ = 30
        "least_squares.ex_changed_day_sales": "75",  # 练习 1.1: its sales changed to 75
        "least_squares.ex_changed_day_squared_error": "25",  # ŷ = 2·30 + 10 = 70; (75 − 70)² = 25
        "least_squares.ex_new_mean_sales": "70",  # (52 + 58 + 71 + 79 + 90) / 5 = 350 / 5
        # x̄ = 30, x − x̄ = −10, −5, 0, 5, 10 (Σ² = 250); y − ȳ = −18, −12, 1, 9, 20;
        # Σ(x − x̄)(y − ȳ) = 180 + 60 + 0 + 45 + 200 = 485; w = 485 / 250 = 1.94; b = 70 − 1.94·30 = 11.8
        "least_squares.ex_mean_temperature": "30",  # (20 + 25 + 30 + 35 + 40) / 5
        "least_squares.ex_temperature_spread": "250",  # 100 + 25 + 0 + 25 + 100
        "least_squares.ex_new_cross_sum": "485",  # as above
        "least_squares.ex_new_slope": "1.94",
        "least_squares.ex_new_intercept": "11.80",
        # ŷ = 50.6, 60.3, 70.0, 79.7, 89.4; residuals 1.4, −2.3, 1.0, −0.7, 0.6;
        # squares 1.96 + 5.29 + 1.00 + 0.49 + 0.36 = 9.10; L = 9.10 / 5 = 1.82
        "least_squares.ex_new_sum_of_squares": "9.10",  # as above
        "least_squares.ex_new_loss": "1.82",
        "least_squares.ex_outlier_temperature": "40",  # 练习 1.5: the last day of the table
        "least_squares.ex_outlier_residual": "910",  # 1000 − (2·40 + 10) = 910
        "least_squares.ex_outlier_squared_over_absolute": "910",  # 910² / 910 = 910
    },
    "cross-entropy/": {
        "cross_entropy.ex_quarter": "0.25",  # 练习 2.1: p = 0.25
        "cross_entropy.ex_quarter_loss_nats": "1.386",  # −ln 0.25 = ln 4 = 2 × 0.693147 = 1.386294
        "cross_entropy.ex_quarter_loss_bits": "2.000",  # −log₂(1/4) = 2 exactly
        "cross_entropy.ex_swap_p_first": "0.8",  # 练习 2.4: P = (0.8, 0.2)
        "cross_entropy.ex_swap_p_second": "0.2",
        "cross_entropy.ex_swap_q_first": "0.5",  # Q = (0.5, 0.5)
        "cross_entropy.ex_cross_entropy_p_q": "0.693",  # −(0.8 + 0.2) ln 0.5 = ln 2 = 0.693147
        # −(0.5 ln 0.8 + 0.5 ln 0.2) = −0.5 (−0.223144 − 1.609438) = 0.5 × 1.832581 = 0.916291
        "cross_entropy.ex_cross_entropy_q_p": "0.916",
        "cross_entropy.ex_wrong_logit": "-3",  # 练习 2.5: a cat picture's logit
        "cross_entropy.ex_wrong_logit_probability": "0.047",  # 1 / (1 + e³) = 1 / (1 + 20.085537) = 0.047426
        "cross_entropy.ex_wrong_logit_gradient": "-0.953",  # p − y = 0.047426 − 1 = −0.952574
        # 2 (p − y) p (1 − p) = 2 × (−0.952574) × 0.047426 × 0.952574 = −0.086067
        "cross_entropy.ex_wrong_logit_squared_error_gradient": "-0.086",
        "cross_entropy.ex_wrong_logit_gradient_ratio": "11.1",  # 1 / (2 p (1 − p)) = 1 / 0.090353 = 11.0677
    },
    "maximum-likelihood/": {
        "maximum_likelihood.ex_new_heads": "7",  # 练习 3.1: 7 heads
        "maximum_likelihood.ex_new_tosses": "10",  # in 10 tosses
        "maximum_likelihood.ex_new_estimate": "0.70",  # 7 / 10
        # 0.7⁷ · 0.3³ / 0.5¹⁰ = 0.0823543 × 0.027 / 0.0009765625 = 0.00222357 / 0.00097656 = 2.27693
        "maximum_likelihood.ex_new_ratio_to_fair": "2.28",
        # 7 ln 0.7 + 3 ln 0.3 = 7 × (−0.356675) + 3 × (−1.203973) = −2.496725 − 3.611918 = −6.108643
        "maximum_likelihood.ex_new_log_likelihood": "-6.109",
        "maximum_likelihood.ex_all_heads": "3",  # 练习 3.5: three tosses, three heads
        "maximum_likelihood.ex_all_heads_estimate": "1.00",  # 3 / (3 + 0)
        "maximum_likelihood.ex_all_heads_fair_probability": "0.125",  # 0.5³ = 1/8
    },
    "normal-least-squares/": {
        "normal_least_squares.ex_new_variance": "1.82",  # σ̂² = S/n = 9.10 / 5 (练习 1.3's residuals)
        # n/2 (ln(2π · 1.82) + 1) = 2.5 × (ln 11.435397 + 1) = 2.5 × (2.436714 + 1) = 8.591784
        "normal_least_squares.ex_new_negative_log_likelihood": "8.592",
        "normal_least_squares.ex_large_sigma2": "25",  # the article's larger σ²
        "normal_least_squares.ex_new_likelihood_slope": "1.94",  # the least-squares slope of 练习 1.2, for any σ²
        "normal_least_squares.ex_new_unbiased_variance": "3.03",  # 练习 4.5: S / (n − 2) = 9.10 / 3 = 3.0333
    },
    "categorical-cross-entropy/": {
        "categorical_cross_entropy.ex_logit_1": "2.0",  # 练习 5.1: z = (2.0, 1.0, 0.1)
        "categorical_cross_entropy.ex_logit_2": "1.0",
        "categorical_cross_entropy.ex_logit_3": "0.1",
        # e² = 7.389056, e¹ = 2.718282, e^0.1 = 1.105171; sum 11.212509; 7.389056 / 11.212509 = 0.659001
        "categorical_cross_entropy.ex_true_class_probability": "0.659",
        "categorical_cross_entropy.ex_cross_entropy": "0.417",  # −ln 0.659001 = 0.417030
        "categorical_cross_entropy.ex_shift": "10",  # 练习 5.4: every logit + 10
        "categorical_cross_entropy.ex_shifted_cross_entropy": "0.417",  # e¹⁰ cancels: the same 0.417030
        "categorical_cross_entropy.ex_binary_logit": "1.5",  # 练习 5.5: logits (1.5, 0)
        # e^1.5 = 4.481689; 4.481689 / (4.481689 + 1) = 4.481689 / 5.481689 = 0.817574
        "categorical_cross_entropy.ex_binary_softmax": "0.818",
        "categorical_cross_entropy.ex_binary_sigmoid": "0.818",  # 1 / (1 + e^−1.5) = 1 / 1.223130 = 0.817574
    },
    "cross-entropy-from-likelihood/": {
        "cross_entropy_from_likelihood.ex_prize_prediction": "0.6",  # 练习 6.1: assumed for “中奖”
        "cross_entropy_from_likelihood.ex_prize_label": "1",  # the article's table: 中奖 is spam
        "cross_entropy_from_likelihood.ex_prize_contribution": "-0.511",  # ln 0.6 = −0.510826
        # (0.223144 + 0.356675 + 0.510826) / 3 = 1.090644 / 3 = 0.363548
        "cross_entropy_from_likelihood.ex_mean_cross_entropy": "0.364",
        "cross_entropy_from_likelihood.ex_likelihood": "0.336",  # 0.8 × 0.7 × 0.6
        "cross_entropy_from_likelihood.ex_negative_log_likelihood": "1.091",  # −ln 0.336 = 1.090644 = 3 × 0.363548
    },
    "cross-entropy-from-information/": {
        "cross_entropy_from_information.ex_p_first": "0.50",  # 练习 7.1: P = (0.5, 0.25, 0.25)
        "cross_entropy_from_information.ex_p_other": "0.25",
        "cross_entropy_from_information.ex_q_first": "0.8",  # 练习 7.2: Q = (0.8, 0.1, 0.1)
        "cross_entropy_from_information.ex_q_other": "0.1",
        # −(0.5 ln 0.5 + 2 × 0.25 ln 0.25) = 0.346574 + 0.693147 = 1.039721
        "cross_entropy_from_information.ex_entropy": "1.040",
        # 0.5 ln(0.5/0.8) + 2 × 0.25 ln(0.25/0.1) = 0.5 × (−0.470004) + 0.5 × 0.916291 = 0.223144
        "cross_entropy_from_information.ex_kl": "0.223",
        "cross_entropy_from_information.ex_cross_entropy": "1.263",  # H(P) + D = 1.039721 + 0.223144 = 1.262864
        # 0.8 ln(0.8/0.5) + 2 × 0.1 ln(0.1/0.25) = 0.376003 − 0.183258 = 0.192745
        "cross_entropy_from_information.ex_kl_reverse": "0.193",
    },
    "summary/": {
        "summary.ex_new_label": "0",  # 练习 8.1: a normal email
        "summary.ex_new_p": "0.1",  # its predicted spam probability
        "summary.ex_loss_from_likelihood": "0.105",  # −ln(1 − 0.1) = −ln 0.9 = 0.105361
        "summary.ex_loss_from_information": "0.105",  # H((1, 0), (0.9, 0.1)) = −1 · ln 0.9, the same
        "summary.ex_residual_1": "1",  # 练习 8.2: residuals 1, −2, 1
        "summary.ex_residual_2": "-2",
        "summary.ex_residual_3": "1",
        "summary.ex_residual_variance": "1",  # σ² = 1
        "summary.ex_residual_squares": "6",  # 1 + 4 + 1
        # 3/2 ln(2π) + 6/2 = 1.5 × 1.837877 + 3 = 2.756816 + 3 = 5.756816
        "summary.ex_residual_negative_log_likelihood": "5.757",
        "summary.ex_spam_share": "0.7",  # 练习 8.3: P = (0.3, 0.7)
        # −(0.7 ln 0.7 + 0.3 ln 0.3) = 0.7 × 0.356675 + 0.3 × 1.203973 = 0.249672 + 0.361192 = 0.610864
        "summary.ex_soft_label_entropy": "0.611",
        "summary.ex_best_q": "0.70",  # Q = P: D_KL(P‖Q) ≥ 0 with equality only there
        "summary.ex_minimum_cross_entropy": "0.611",  # H(P) + 0
    },
}

#: The exercises' tables, row by row: 练习 1.2's new sales at the article's temperatures.
EXERCISE_TABLES: dict[str, list[list[str]]] = {
    "least-squares/": [["20", "52"], ["25", "58"], ["30", "71"], ["35", "79"], ["40", "90"]],
}

#: Every exercise, by page: its anchor and what kind it is (numeric ones carry a self-check).
EXERCISES: dict[str, dict[str, str]] = {
    "least-squares/": {"ex-1-1": "numeric", "ex-1-2": "numeric", "ex-1-3": "numeric", "ex-1-4": "derivation",
                       "ex-1-5": "concept"},
    "cross-entropy/": {"ex-2-1": "numeric", "ex-2-2": "numeric", "ex-2-3": "derivation", "ex-2-4": "concept",
                       "ex-2-5": "numeric"},
    "maximum-likelihood/": {"ex-3-1": "numeric", "ex-3-2": "numeric", "ex-3-3": "derivation", "ex-3-4": "concept",
                            "ex-3-5": "concept"},
    "normal-least-squares/": {"ex-4-1": "numeric", "ex-4-2": "numeric", "ex-4-3": "derivation", "ex-4-4": "concept",
                              "ex-4-5": "numeric"},
    "categorical-cross-entropy/": {"ex-5-1": "numeric", "ex-5-2": "numeric", "ex-5-3": "derivation",
                                   "ex-5-4": "concept", "ex-5-5": "numeric"},
    "cross-entropy-from-likelihood/": {"ex-6-1": "numeric", "ex-6-2": "numeric", "ex-6-3": "derivation",
                                       "ex-6-4": "concept"},
    "cross-entropy-from-information/": {"ex-7-1": "numeric", "ex-7-2": "numeric", "ex-7-3": "concept",
                                        "ex-7-4": "derivation"},
    "summary/": {"ex-8-1": "numeric", "ex-8-2": "numeric", "ex-8-3": "concept", "ex-8-4": "derivation"},
}

#: The article's tables, row by row (§1.2 奶茶店; 信息论角度 §1.1 邮件).
TABLES: dict[str, list[list[str]]] = {
    "least-squares/": [["20", "50"], ["25", "60"], ["30", "70"], ["35", "80"], ["40", "90"]],
    "cross-entropy-from-likelihood/": [["包含“免费”", "1 (垃圾)"], ["包含“会议”", "0 (正常)"], ["包含“中奖”", "1 (垃圾)"]],
}

#: Tables in the annotations: the noisy sales (51, 63, 71, 75, 94) around ŷ = 1.96x + 12.0.
ANNOTATED_TABLES: dict[str, list[list[str]]] = {
    "least-squares/": [["20", "51", "51.2", "−0.2"], ["25", "63", "61.0", "+2.0"], ["30", "71", "70.8", "+0.2"],
                       ["35", "75", "80.6", "−5.6"], ["40", "94", "90.4", "+3.6"]],
}

#: Each page's sections: the article's numbering and heading, with the page's stable anchor.
SECTIONS: dict[str, list[tuple[str, str]]] = {
    "least-squares/": [
        ("s1-1-what-is-it", "1.1 什么是最小二乘法？"),
        ("s1-2-example", "1.2 例子"),
        ("s1-3-principle", "1.3 深入原理"),
        ("s1-4-pros-and-cons", "1.4 优缺点"),
    ],
    "cross-entropy/": [
        ("s2-1-what-is-it", "2.1 什么是交叉熵？"),
        ("s2-2-example", "2.2 通俗例子"),
        ("s2-3-principle", "2.3 深入原理"),
        ("s2-4-pros-and-cons", "2.4 优缺点"),
    ],
    "maximum-likelihood/": [
        ("s3-1-what-is-it", "3.1 什么是极大似然估计？"),
        ("s3-2-example", "3.2 通俗例子"),
        ("s3-3-principle", "3.3 深入原理"),
        ("s3-4-pros-and-cons", "3.4 优缺点"),
    ],
    "normal-least-squares/": [
        ("s1-1-regression", "1.1 背景：回归问题"),
        ("s1-2-normal-errors", "1.2 分布假设：正态分布误差"),
        ("s1-3-mle", "1.3 极大似然估计（MLE）"),
        ("s1-4-conclusion", "1.4 结论"),
    ],
    "categorical-cross-entropy/": [
        ("s2-1-binary-classification", "2.1 背景：二分类问题"),
        ("s2-2-bernoulli", "2.2 分布假设：伯努利分布"),
        ("s2-3-mle", "2.3 极大似然估计（MLE）"),
        ("s2-4-multiclass", "2.4 推广到多分类问题"),
        ("s2-5-conclusion", "2.5 结论"),
    ],
    "cross-entropy-from-likelihood/": [
        ("s1-1-setting", "1.1 背景与场景"),
        ("s1-2-derivation", "1.2 推导步骤"),
        ("step-1-likelihood", "步骤 1：定义似然函数"),
        ("step-2-log-likelihood", "步骤 2：取对数似然"),
        ("step-3-loss", "步骤 3：转化为损失函数"),
        ("step-4-multiclass", "步骤 4：推广到多分类"),
        ("s1-3-why", "1.3 为什么是交叉熵？"),
        ("s1-4-example", "1.4 例子验证"),
    ],
    "cross-entropy-from-information/": [
        ("s2-1-setting", "2.1 背景与场景"),
        ("s2-2-basics", "2.2 信息论基础概念"),
        ("s2-3-derivation", "2.3 推导步骤"),
        ("step-1-distributions", "步骤 1：定义真实分布和预测分布"),
        ("step-2-cross-entropy", "步骤 2：计算交叉熵"),
        ("step-3-total", "步骤 3：总交叉熵损失"),
        ("step-4-multiclass", "步骤 4：推广到多分类"),
        ("s2-4-why", "2.4 为什么是交叉熵？"),
        ("s2-5-example", "2.5 例子验证"),
    ],
    "summary/": [
        ("s3-summary", "3 总结与对比"),
        ("s3-relation", "联系与区别"),
        ("s3-in-practice", "实际意义"),
    ],
}

#: The article's equations (every display formula, and the inline ones that carry a result), copied
#: from the article, by the page that mirrors their section.  The test compares them with the page's
#: formulas after ignoring spacing and equivalent spellings (\mid for |, \left[ for [).
EQUATIONS: dict[str, list[str]] = {
    "least-squares/": [
        r"\hat{y} = wx + b",
        r"L = \frac{1}{5} \sum_{i=1}^{5} (y_i - \hat{y}_i)^2",
        r"\hat{y}_1 = 2 \times 20 + 10 = 50",
        r"(50 - 50)^2 = 0",
    ],
    "cross-entropy/": [
        r"-\log(0.9)",
        r"-\log(0.1)",
        r"L = - [y \log p + (1 - y) \log (1 - p)]",
        r"L = - \sum_{i=1}^{k} y_i \log p_i",
    ],
    "maximum-likelihood/": [
        r"P(\text{6正4反}) = p^6 (1 - p)^4",
        r"\log P = 6 \log p + 4 \log (1 - p)",
        r"p(x) = \sigma(w^T x + b)",
        r"\log L = \sum_{i=1}^{n} [y_i \log p(x_i) + (1 - y_i) \log (1 - p(x_i))]",
    ],
    "normal-least-squares/": [
        r"\epsilon_i \sim \mathcal{N}(0, \sigma^2)",
        r"y_i = \hat{y}_i + \epsilon_i",
        r"p(y_i | x_i; \theta) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left( -\frac{(y_i - \hat{y}_i)^2}{2\sigma^2} \right)",
        r"L(\theta) = \prod_{i=1}^n p(y_i | x_i; \theta) = \prod_{i=1}^n \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left( -\frac{(y_i - \hat{y}_i)^2}{2\sigma^2} \right)",
        r"\log L(\theta) = \sum_{i=1}^n \left[ -\frac{1}{2} \log(2\pi\sigma^2) - \frac{(y_i - \hat{y}_i)^2}{2\sigma^2} \right]",
        r"-\sum_{i=1}^n \frac{(y_i - \hat{y}_i)^2}{2\sigma^2}",
        r"\sum_{i=1}^n (y_i - \hat{y}_i)^2",
        r"J(\theta) = \frac{1}{n} \sum_{i=1}^n (y_i - \hat{y}_i)^2",
    ],
    "categorical-cross-entropy/": [
        r"p(y_i | x_i; \theta) = p(x_i; \theta)^{y_i} \cdot (1 - p(x_i; \theta))^{1 - y_i}",
        r"L(\theta) = \prod_{i=1}^n p(y_i | x_i; \theta) = \prod_{i=1}^n p(x_i; \theta)^{y_i} \cdot (1 - p(x_i; \theta))^{1 - y_i}",
        r"\log L(\theta) = \sum_{i=1}^n \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"-\sum_{i=1}^n \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"J(\theta) = -\frac{1}{n} \sum_{i=1}^n \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"p(y_i | x_i; \theta) = \prod_{k=1}^K p_k(x_i; \theta)^{y_{ik}}",
        r"\log L(\theta) = \sum_{i=1}^n \sum_{k=1}^K y_{ik} \log p_k(x_i; \theta)",
        r"J(\theta) = -\frac{1}{n} \sum_{i=1}^n \sum_{k=1}^K y_{ik} \log p_k(x_i; \theta)",
    ],
    "cross-entropy-from-likelihood/": [
        r"p(x_i; \theta) = \sigma(w^T x_i + b)",
        r"P(y_i | x_i; \theta) = p(x_i; \theta)^{y_i} \cdot (1 - p(x_i; \theta))^{1 - y_i}",
        r"L(\theta) = \prod_{i=1}^n P(y_i | x_i; \theta) = \prod_{i=1}^n p(x_i; \theta)^{y_i} \cdot (1 - p(x_i; \theta))^{1 - y_i}",
        r"\log L(\theta) = \sum_{i=1}^n \log \left[ p(x_i; \theta)^{y_i} \cdot (1 - p(x_i; \theta))^{1 - y_i} \right]",
        r"\log L(\theta) = \sum_{i=1}^n \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"J(\theta) = -\log L(\theta) = -\sum_{i=1}^n \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"J(\theta) = -\frac{1}{n} \sum_{i=1}^n \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"\log L(\theta) = \sum_{i=1}^n \sum_{k=1}^K y_{ik} \log p_k(x_i; \theta)",
        r"J(\theta) = -\frac{1}{n} \sum_{i=1}^n \sum_{k=1}^K y_{ik} \log p_k(x_i; \theta)",
        r"1 \cdot \log(0.8) + (1-1) \cdot \log(1-0.8) = \log(0.8)",
        r"0 \cdot \log(0.3) + (1-0) \cdot \log(1-0.3) = \log(0.7)",
    ],
    "cross-entropy-from-information/": [
        r"I(x) = -\log P(x)",
        r"H(P) = -\sum_y P(y) \log P(y)",
        r"H(P, Q) = -\sum_y P(y) \log Q(y)",
        r"D_{KL}(P || Q) = \sum_y P(y) \log \frac{P(y)}{Q(y)} = H(P, Q) - H(P)",
        r"H(P_i, Q_i) = -\sum_{y_i \in \{0, 1\}} P(y_i | x_i) \log Q(y_i | x_i; \theta)",
        r"H(P_i, Q_i) = -[1 \cdot \log p(x_i; \theta) + 0 \cdot \log (1 - p(x_i; \theta))] = -\log p(x_i; \theta)",
        r"H(P_i, Q_i) = -[0 \cdot \log p(x_i; \theta) + 1 \cdot \log (1 - p(x_i; \theta))] = -\log (1 - p(x_i; \theta))",
        r"H(P_i, Q_i) = - \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"J(\theta) = \frac{1}{n} \sum_{i=1}^n H(P_i, Q_i) = -\frac{1}{n} \sum_{i=1}^n \left[ y_i \log p(x_i; \theta) + (1 - y_i) \log (1 - p(x_i; \theta)) \right]",
        r"J(\theta) = -\frac{1}{n} \sum_{i=1}^n \sum_{k=1}^K y_{ik} \log p_k(x_i; \theta)",
        r"-[1 \cdot \log(0.8) + (1-1) \cdot \log(1-0.8)] = -\log(0.8)",
        r"-[0 \cdot \log(0.3) + (1-0) \cdot \log(1-0.3)] = -\log(0.7)",
    ],
}

#: Where each figure stands: the page that shows it, and the figure's stable id there.
FIGURES: dict[str, list[tuple[str, str]]] = {
    "least_squares.loss_contours": [("least-squares/", "fig-loss-contours")],
    "least_squares.fit_and_outlier": [("least-squares/", "fig-fit-and-outlier")],
    "least_squares.noise_and_robust_fits": [("least-squares/", "fig-noise-and-robust-fits")],
    "cross_entropy.negative_log": [("cross-entropy/", "fig-negative-log")],
    "cross_entropy.binary_cross_entropy": [("cross-entropy/", "fig-binary-cross-entropy")],
    "cross_entropy.gradients": [("cross-entropy/", "fig-gradients")],
    "maximum_likelihood.coin_likelihood": [("maximum-likelihood/", "fig-coin-likelihood")],
    "maximum_likelihood.sharper_likelihood": [("maximum-likelihood/", "fig-sharper-likelihood")],
    "maximum_likelihood.separable_training": [("maximum-likelihood/", "fig-separable-training")],
    "normal_least_squares.gaussian_errors": [("normal-least-squares/", "fig-gaussian-errors")],
    "normal_least_squares.likelihood_and_squares": [("normal-least-squares/", "fig-likelihood-and-squares")],
    "cross_entropy_from_likelihood.email_contributions": [
        ("cross-entropy-from-likelihood/", "fig-email-contributions"),
        ("cross-entropy-from-information/", "fig-email-contributions"),
    ],
    "cross_entropy_from_information.entropy_gap": [("cross-entropy-from-information/", "fig-entropy-gap")],
    "cross_entropy_from_information.logistic_training": [("cross-entropy-from-information/", "fig-logistic-training")],
}

#: Where each derivation check is shown: the page of the step it checks.
#: Explorables and the pages that place them (after the static figure they extend).
EXPLORABLES: dict[str, list[str]] = {
    "cross_entropy.negative_log": ["cross-entropy/"],
    "maximum_likelihood.coin_likelihood": ["maximum-likelihood/"],
    "cross_entropy_from_information.entropy_gap": ["cross-entropy-from-information/"],
    "least_squares.fit_and_outlier": ["least-squares/"],
    "normal_least_squares.likelihood_and_squares": ["normal-least-squares/"],
    "cross_entropy.gradients": ["cross-entropy/"],
    "cross_entropy_from_likelihood.email_contributions": ["cross-entropy-from-likelihood/"],
    "categorical_cross_entropy.softmax": ["categorical-cross-entropy/"],
}

CHECKS: dict[str, list[str]] = {
    "least_squares.verify_normal_equations": ["least-squares/"],
    "least_squares.verify_gradient_descent_reaches_the_fit": ["least-squares/"],
    "least_squares.verify_intercept_through_the_means": ["least-squares/"],  # 练习 1.4
    "cross_entropy.verify_sigmoid_cross_entropy_gradient": ["cross-entropy/"],  # 练习 2.3
    "maximum_likelihood.verify_coin_estimate_for_any_counts": ["maximum-likelihood/"],  # 练习 3.3
    "normal_least_squares.verify_variance_estimate_is_a_maximum": ["normal-least-squares/"],  # 练习 4.3
    "categorical_cross_entropy.verify_softmax_cross_entropy_gradient": ["categorical-cross-entropy/"],  # 练习 5.3
    "cross_entropy_from_likelihood.verify_logistic_gradient": ["cross-entropy-from-likelihood/"],  # 练习 6.3
    "cross_entropy_from_information.verify_minimising_over_q_is_minimising_kl": ["cross-entropy-from-information/"],
    "summary.verify_gaussian_cross_entropy": ["summary/"],  # 练习 8.4
    "least_squares.verify_unbiased_without_normality": ["least-squares/"],
    "cross_entropy.verify_gradients_as_written": ["cross-entropy/"],
    "maximum_likelihood.verify_coin_maximum": ["maximum-likelihood/"],
    "maximum_likelihood.verify_gradient_ascent_reaches_the_estimate": ["maximum-likelihood/"],
    "maximum_likelihood.verify_ordering_factor_changes_nothing": ["maximum-likelihood/"],
    "normal_least_squares.verify_gaussian_log_likelihood": ["normal-least-squares/"],
    "normal_least_squares.verify_same_maximiser_for_every_sigma": ["normal-least-squares/"],
    "normal_least_squares.verify_variance_estimate": ["normal-least-squares/"],
    "categorical_cross_entropy.verify_bernoulli_log_probability": [
        "cross-entropy/", "categorical-cross-entropy/", "cross-entropy-from-likelihood/"],
    "categorical_cross_entropy.verify_loss_is_mean_negative_log_likelihood": [
        "categorical-cross-entropy/", "cross-entropy-from-likelihood/"],
    "categorical_cross_entropy.verify_categorical_log_probability": ["categorical-cross-entropy/"],
    "cross_entropy_from_information.verify_cross_entropy_decomposition": ["cross-entropy-from-information/"],
    "cross_entropy_from_information.verify_kl_is_never_negative": ["cross-entropy-from-information/"],
    "cross_entropy_from_information.verify_one_hot_cross_entropy": ["cross-entropy-from-information/"],
    "cross_entropy_from_information.verify_both_routes_give_the_same_loss": ["cross-entropy-from-information/"],
    "cross_entropy_from_information.verify_training_losses_agree": ["cross-entropy-from-information/"],
}
