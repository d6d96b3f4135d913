using ToyRec.Personal;

namespace ToyRec.Evaluation;

/// <summary>
/// Chooses the component options of <see cref="PersonalModel"/> on the validation split only: one pass of
/// coordinate search over a small grid per option, each candidate scored by the best validation NDCG@10 over the
/// blend weights of <see cref="InteractionLogEvaluationOptions"/>. Test targets are never seen.
/// </summary>
public static class PersonalTuner
{
    /// <summary>One tried candidate: which option, its value, and the validation NDCG@10 it reached.</summary>
    /// <param name="Option">The option's name.</param>
    /// <param name="Value">The value tried.</param>
    /// <param name="NdcgAt10">Best validation NDCG@10 over the blend weights.</param>
    public sealed record Trial(string Option, double Value, double NdcgAt10);

    /// <summary>Runs the search from <paramref name="start"/>; returns the chosen options and every trial.</summary>
    public static (PersonalOptions Options, IReadOnlyList<Trial> Trials) Tune(InteractionLog log,
        PersonalOptions? start = null, InteractionLogEvaluationOptions? evaluation = null,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var options = start ?? PersonalOptions.Default;
        evaluation ??= InteractionLogEvaluationOptions.Default;
        var split = LeaveOneOutSplit.Create(log.Sequences, LeaveOneOutTarget.Validation);
        var popularity = Popularity.Build(split.Histories, log.ItemCount);
        var blends = (from lambda in evaluation.KnnWeights
                      from mu in evaluation.PopularityWeights
                      select new[] { 1f, (float)lambda, (float)mu }).ToList();
        var trials = new List<Trial>();
        var transitions = Transitions.Build(split.Histories, log.ItemCount, options.Transitions);
        var knn = ItemKnn.Build(split.Histories, log.ItemCount, options.Knn);

        double Score(Transitions t, ItemKnn k) => HistoryRankingEvaluator
            .EvaluateBlends(split, [t, k, popularity], blends, evaluation.MaxDegreeOfParallelism)
            .Max(m => m.NdcgAt10);

        double best = Score(transitions, knn);
        progress?.Report($"Tuning on validation: start NDCG@10 {best:0.0000}");
        var transitionGrid =
            new (string Name, double[] Values, Func<TransitionOptions, double, TransitionOptions> Set)[]
        {
            ("transitions.window", [1, 3, 5, 10, 15, 20], (o, v) => o with { Window = (int)v }),
            ("transitions.gapDecay", [0.5, 0.6, 0.7, 0.8, 0.9], (o, v) => o with { GapDecay = v }),
            ("transitions.backward", [0, 0.15, 0.3, 0.5], (o, v) => o with { Backward = v }),
            ("transitions.historyDecay", [0.3, 0.4, 0.5, 0.6, 0.7], (o, v) => o with { HistoryDecay = v }),
        };
        var knnGrid = new (string Name, double[] Values, Func<ItemKnnOptions, double, ItemKnnOptions> Set)[]
        {
            ("knn.alpha", [0.3, 0.5, 0.6, 0.7], (o, v) => o with { Alpha = v }),
            ("knn.historyDecay", [0.6, 0.7, 0.8, 0.9, 1], (o, v) => o with { HistoryDecay = v }),
            ("knn.neighbours", [50, 100, 200, 400], (o, v) => o with { Neighbours = (int)v }),
        };
        foreach (var (name, values, set) in transitionGrid)
        {
            var found = Search(name, values, v => set(options.Transitions, v), options.Transitions,
                c => Transitions.Build(split.Histories, log.ItemCount, c), built => Score(built, knn), ref best);
            if (found is { } f)
                (transitions, options) = (f.Model, options with { Transitions = f.Options });
        }

        foreach (var (name, values, set) in knnGrid)
        {
            var found = Search(name, values, v => set(options.Knn, v), options.Knn,
                c => ItemKnn.Build(split.Histories, log.ItemCount, c), built => Score(transitions, built), ref best);
            if (found is { } f)
                (knn, options) = (f.Model, options with { Knn = f.Options });
        }

        progress?.Report($"Tuning on validation: chose {options.Transitions} and {options.Knn}, NDCG@10 {best:0.0000}");
        return (options, trials);

        // Tries every value of one option; returns the best candidate when it beats the score so far.
        (TOptions Options, TModel Model)? Search<TOptions, TModel>(string name, double[] values,
            Func<double, TOptions> set, TOptions current, Func<TOptions, TModel> build, Func<TModel, double> score,
            ref double bestSoFar)
            where TOptions : class
        {
            (TOptions, TModel)? found = null;
            foreach (double value in values)
            {
                var candidate = set(value);
                if (candidate.Equals(current))
                    continue;
                var model = build(candidate);
                double result = score(model);
                trials.Add(new Trial(name, value, result));
                progress?.Report($"  {name} = {value}: NDCG@10 {result:0.0000}");
                if (result > bestSoFar)
                    (bestSoFar, found) = (result, (candidate, model));
            }

            return found;
        }
    }
}
