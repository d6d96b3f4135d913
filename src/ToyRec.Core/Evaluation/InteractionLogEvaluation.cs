using System.Diagnostics;
using ToyRec.Personal;

namespace ToyRec.Evaluation;

/// <summary>
/// The leave-one-out study of an interaction log: blend weights of <see cref="PersonalModel"/> are tuned on the
/// validation split (models built from the histories before each validation item), then the chosen model and its
/// components and the popularity baseline are measured once on the test split (models rebuilt from the histories
/// before each test item).
/// </summary>
/// <remarks>
/// Variants <c>toys-5core-validation</c> and <c>toys-5core-test</c>; systems <c>toyrec</c>, <c>item-knn</c>,
/// <c>transitions</c>, <c>popularity</c>. The blend is chosen by NDCG@10 on validation, ties to the earlier grid
/// point. Protocol of <see cref="LeaveOneOutSplit"/>, ranking of <see cref="HistoryRankingEvaluator"/>.
/// </remarks>
public static class InteractionLogEvaluation
{
    /// <summary>Variant name of the test figures.</summary>
    public const string TestVariant = "toys-5core-test";

    // Transitions, item-kNN and popularity: the components scored alone before the blends.
    private const int ComponentCount = 3;

    // The largest cut-off of the figures (HR@10, NDCG@10).
    private const int CandidateCutOff = 10;

    /// <summary>Variant name of the validation figures.</summary>
    public const string ValidationVariant = "toys-5core-validation";

    /// <summary>Runs the study; progress lines go to <paramref name="progress"/>.</summary>
    /// <exception cref="InsufficientDataException">No user has enough items to be evaluated, or every user has
    /// so few candidates that any system would hit.</exception>
    public static EvaluationResult Run(InteractionLog log, InteractionLogEvaluationOptions? options = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= InteractionLogEvaluationOptions.Default;
        var clock = Stopwatch.StartNew();
        var validation = LeaveOneOutSplit.Create(log.Sequences, LeaveOneOutTarget.Validation);
        if (validation.Count == 0)
        {
            int longest = log.Sequences.Count == 0 ? 0 : log.Sequences.Max(s => s.Length);
            throw new InsufficientDataException($"'{log.Report.Source}': no user can be evaluated: leave-one-out " +
                $"needs users with at least {LeaveOneOutSplit.MinimumLength} items (a history, a validation and a " +
                $"test item); the log read as {log.Report.Format} has {log.UserCount} users with at most " +
                $"{longest} items each.");
        }

        var test = LeaveOneOutSplit.Create(log.Sequences, LeaveOneOutTarget.Test);
        // A user with no more candidates than the cut-off is a hit for every system whose target is outside the
        // history (the target of a repeat purchase is ranked last), so a log of only such users would make any
        // comparison a tie at 1; it is refused before any model is built.
        int fewCandidates = test.Histories.Count(h => log.ItemCount - h.Distinct().Count() <= CandidateCutOff);
        if (fewCandidates == test.Count)
        {
            throw new InsufficientDataException($"'{log.Report.Source}': every one of the {test.Count} users to " +
                $"evaluate has at most {CandidateCutOff} items outside their history (the log has {log.ItemCount} " +
                $"items), so HR@{CandidateCutOff} would be 1 for any system; the evaluation needs a log with more " +
                "items than that.");
        }

        var validationModel = PersonalModel.Build(validation.Histories, log.ItemCount, options.Model);
        double buildSeconds = clock.Elapsed.TotalSeconds;
        var grid = (from lambda in options.KnnWeights from mu in options.PopularityWeights select (lambda, mu))
            .ToList();
        // The three components alone (transitions, item-kNN, popularity), then one blend per grid point: the
        // grid point g is scored at ComponentCount + g.
        var blends = new List<float[]> { new[] { 1f, 0f, 0f }, new[] { 0f, 1f, 0f }, new[] { 0f, 0f, 1f } };
        blends.AddRange(grid.Select(g => new[] { 1f, (float)g.lambda, (float)g.mu }));
        var validationMetrics = HistoryRankingEvaluator.EvaluateBlends(validation, Components(validationModel),
            blends, options.MaxDegreeOfParallelism);
        int best = 0;
        for (int g = 1; g < grid.Count; g++)
        {
            if (validationMetrics[ComponentCount + g].NdcgAt10 > validationMetrics[ComponentCount + best].NdcgAt10)
                best = g;
        }

        var (knnWeight, popularityWeight) = grid[best];
        double validationSeconds = clock.Elapsed.TotalSeconds;
        progress?.Report($"Validation: λ = {knnWeight}, μ = {popularityWeight} give NDCG@10 " +
            $"{validationMetrics[ComponentCount + best].NdcgAt10:0.0000} ({validationSeconds:0.0} s)");

        var testModel = PersonalModel.Build(test.Histories, log.ItemCount, options.Model)
            .WithWeights(knnWeight, popularityWeight);
        var testMetrics = HistoryRankingEvaluator.EvaluateBlends(test, Components(testModel),
            [[1f, 0, 0], [0, 1f, 0], [0, 0, 1f], [1f, (float)knnWeight, (float)popularityWeight]],
            options.MaxDegreeOfParallelism);
        double testSeconds = clock.Elapsed.TotalSeconds - validationSeconds;
        progress?.Report($"Test: {test.Count} users ranked over {log.ItemCount} items in {testSeconds:0.0} s");

        string[] systems = ["transitions", "item-knn", "popularity", "toyrec"];
        var metrics = new List<MetricValue>();
        for (int s = 0; s < systems.Length; s++)
            metrics.AddRange(testMetrics[s].ToMetrics(TestVariant, systems[s]));
        for (int s = 0; s < ComponentCount; s++)
            metrics.AddRange(validationMetrics[s].ToMetrics(ValidationVariant, systems[s]));
        metrics.AddRange(validationMetrics[ComponentCount + best].ToMetrics(ValidationVariant, "toyrec"));

        var protocol = new Dictionary<string, object?>
        {
            ["log"] = log.Report.Source,
            ["users"] = log.UserCount,
            ["items"] = log.ItemCount,
            ["interactions"] = log.InteractionCount,
            ["usersEvaluated"] = test.Count,
            ["usersSkipped"] = test.SkippedUsers,
            [$"usersWithAtMost{CandidateCutOff}Candidates"] = fewCandidates,
            ["minimumItemsPerUser"] = LeaveOneOutSplit.MinimumLength,
            ["testTarget"] = "each user's last item; history = all earlier items",
            ["validationTarget"] = "each user's second-to-last item; history = all earlier items",
            ["training"] = "models rebuilt from the histories before each target; targets never seen",
            ["ranking"] = "full: every item outside the user's history; ties by lower item index",
            ["tunedOn"] = "validation (NDCG@10); test measured once with the chosen weights",
            ["knnWeight"] = knnWeight,
            ["popularityWeight"] = popularityWeight,
            ["knn"] = options.Model.Knn,
            ["transitions"] = options.Model.Transitions,
        };
        var details = new Dictionary<string, object?>
        {
            ["validationGrid"] = grid.Select((g, i) => new Dictionary<string, object?>
            {
                ["knnWeight"] = g.lambda,
                ["popularityWeight"] = g.mu,
                ["HR@10"] = validationMetrics[ComponentCount + i].HitRateAt10,
                ["NDCG@10"] = validationMetrics[ComponentCount + i].NdcgAt10,
            }).ToList(),
            ["logReport"] = log.Report,
            ["knnEntries"] = testModel.Knn.EntryCount,
            ["transitionEntries"] = testModel.TransitionModel.EntryCount,
            ["seconds"] = new Dictionary<string, object?>
            {
                ["buildValidationModels"] = Math.Round(buildSeconds, 2),
                ["validation"] = Math.Round(validationSeconds, 2),
                ["test"] = Math.Round(testSeconds, 2),
            },
        };
        return new EvaluationResult("personal", protocol, metrics, details);
    }

    private static IHistoryScorer[] Components(PersonalModel model) =>
        [model.TransitionModel, model.Knn, model.Popularity];
}
