using ToyRec.Catalog;

namespace ToyRec.Content;

/// <summary>
/// Chooses content weights on the validation half for <see cref="ContentEvaluator"/>: the candidate with the highest
/// mean strict MAP@k over the graded relevances, the first of equals; every candidate tried is kept for the report.
/// </summary>
internal sealed class ContentWeightSelection(ProductCatalog catalog, RelevanceJudge judge, int[] validation, int k,
    IProgress<string>? progress)
{
    /// <summary>Each candidate tried, with the relevances it was graded on and its validation mean MAP@k.</summary>
    public List<object> Tried { get; } = [];

    /// <summary>The best of <paramref name="candidates"/>; the first one when nothing is graded.</summary>
    public ContentOptions Choose(IReadOnlyList<ContentOptions> candidates, ContentRelevance[] graded)
    {
        if (graded.Length == 0)
            return candidates[0];
        ContentOptions? best = null;
        double bestObjective = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var lists = ContentIndex.Build(catalog, candidate).SimilarIndicesForAll(k);
            double objective = graded.Average(r => ContentEvaluator.Score(judge, r, validation, lists, k).MapStrict);
            Tried.Add(new
            {
                options = ContentEvaluator.Describe(candidate),
                graded = graded.Select(r => ContentEvaluator.VariantName(r, false)).ToArray(),
                validationMeanMap = objective,
            });
            progress?.Report($"content weights {ContentEvaluator.Describe(candidate)}: validation mean MAP@{k} over " +
                $"{string.Join(", ", graded.Select(r => ContentEvaluator.VariantName(r, false)))} {objective:0.0000}");
            if (objective > bestObjective)
                (best, bestObjective) = (candidate, objective);
        }

        return best ?? candidates[0];
    }
}
