using System.Numerics.Tensors;
using ToyRec.Catalog;

namespace ToyRec.Personal;

/// <summary>The signals of <see cref="CatalogueRecommender"/>, one dense vector each, and the reasons.</summary>
public sealed partial class CatalogueRecommender
{
    // Positions of the signals in Signals' result and in Weights.
    private const int Similar = 0, CoPurchase = 1, SameCategory = 2, Extra = 3, Popular = 4;

    // A history item's weight in the category signal: whole for a product of the same full path, half for one of
    // the same top level (a product of the same path gets both); the signal is divided by their sum.
    private const float SamePathShare = 1f, SameTopLevelShare = 0.5f;
    private const float CategoryShares = SamePathShare + SameTopLevelShare;

    /// <summary>
    /// The five signal vectors (content, co-purchase graph, category, extra, popularity) for a history; the graph
    /// leaves out the link between <paramref name="hiddenFrom"/> and <paramref name="hiddenTo"/> when given, and
    /// the extra scorer is skipped (its vector left at 0) when <paramref name="withExtra"/> is false.
    /// </summary>
    internal float[][] Signals(IReadOnlyList<HistoryItem> history, int hiddenFrom = -1, int hiddenTo = -1,
        bool withExtra = true)
    {
        int n = Catalog.Count;
        float[] content = new float[n], graph = new float[n], category = new float[n], extra = new float[n];
        float totalWeight = 0;
        var query = new float[n];

        // A scorer that batches (the network) scores a long history in a few passes instead of one per product.
        if (_extra is not null && withExtra && history.Count > 1)
            _extra.Prepare([.. history.Select(h => h.Index)]);
        foreach (var item in history)
        {
            totalWeight += item.Weight;
            Array.Clear(query);
            Content.Accumulate(Content.Vector(item.Index), query);
            TensorPrimitives.MultiplyAdd(query, item.Weight, content, content);
            Graph.AddScores(item.Index, item.Weight, graph, item.Index == hiddenFrom ? hiddenTo : -1);
            var product = Catalog[item.Index];
            if (_byPath.TryGetValue(product.Category.FullPath, out var samePath))
            {
                foreach (int j in samePath)
                    category[j] += SamePathShare * item.Weight;
            }

            if (_byTopLevel.TryGetValue(product.Category.TopLevel, out var sameTop))
            {
                foreach (int j in sameTop)
                    category[j] += SameTopLevelShare * item.Weight;
            }

            if (_extra is not null && withExtra)
            {
                _extra.AddScores(item.Index, item.Weight, extra);
            }
        }

        if (totalWeight > 0)
        {
            TensorPrimitives.Multiply(category, 1 / (CategoryShares * totalWeight), category);
            TensorPrimitives.Multiply(extra, 1 / totalWeight, extra);
        }

        return [content, graph, category, extra, _popularity];
    }

    /// <summary>
    /// Per signal, 1 / its largest value over the candidates (every product except the history and its
    /// duplicates), or 1 where that largest value is not positive: the factors of
    /// <see cref="CatalogueRecommenderOptions.ScaleToQueryMax"/>. The extra scorer keeps its own scale (factor 1):
    /// its scores already say how sure it is next to its surest guess for each history product, and dividing by
    /// their largest value would make its weakest guess for a product count like its surest.
    /// </summary>
    internal float[] QueryScales(float[][] signals, IReadOnlyList<HistoryItem> history)
    {
        var excluded = new bool[Catalog.Count];
        foreach (var item in history)
        {
            excluded[item.Index] = true;
            foreach (int duplicate in Catalog.DuplicatesOf(item.Index))
                excluded[duplicate] = true;
        }

        var scales = new float[signals.Length];
        for (int s = 0; s < signals.Length; s++)
        {
            if (s == Extra)
            {
                scales[s] = 1;
                continue;
            }

            float max = 0;
            var signal = signals[s];
            for (int j = 0; j < signal.Length; j++)
            {
                if (!excluded[j] && signal[j] > max)
                    max = signal[j];
            }

            scales[s] = max > 0 ? 1 / max : 1;
        }

        return scales;
    }

    /// <summary>
    /// Σ of the signals times their weights from <paramref name="options"/> (a new vector), each also times its
    /// factor in <paramref name="scales"/> when <see cref="CatalogueRecommenderOptions.ScaleToQueryMax"/> is on.
    /// </summary>
    internal static float[] Blend(float[][] signals, CatalogueRecommenderOptions options, float[]? scales = null)
    {
        var weights = Weights(options, scales);
        var scores = new float[signals[0].Length];
        for (int s = 0; s < signals.Length; s++)
        {
            if (weights[s] != 0)
                TensorPrimitives.MultiplyAdd(signals[s], (float)weights[s], scores, scores);
        }

        return scores;
    }

    // The effective weight of each signal: the option's weight, times the query's scale factor when scaling is on.
    private static double[] Weights(CatalogueRecommenderOptions options, float[]? scales)
    {
        double[] weights = [options.ContentWeight, options.CoPurchaseWeight, options.CategoryWeight,
            options.ExtraWeight, options.PopularityWeight];
        if (options.ScaleToQueryMax && scales is not null)
        {
            for (int s = 0; s < weights.Length; s++)
                weights[s] *= scales[s];
        }

        return weights;
    }

    private string Reason(IReadOnlyList<HistoryItem> history, int j, float[] scales)
    {
        var product = Catalog[j];
        string popular = product.Category.IsEmpty ? "popular" : $"popular in {product.Category.TopLevel}";
        if (history.Count == 0)
            return popular;
        // Content, the graph or the network name the reason only when they add more than popularity does; an
        // observed link outranks a prediction of the network, which mostly learned those same links.
        var weights = Weights(Options, scales);
        double best = weights[Popular] * _popularity[j];
        float totalWeight = history.Sum(h => h.Weight);
        string reason = popular;
        bool predicted = false;
        (double Score, string Reason) link = (0, "");
        foreach (var item in history)
        {
            double graph = item.Weight * weights[CoPurchase] * Graph.Weight(item.Index, j);
            double content = item.Weight * weights[Similar] * Content.Similarity(item.Index, j);
            string name = Catalog[item.Index].Name;
            if (graph > link.Score)
                link = (graph, LinkReason(item.Index, j, name));
            if (graph > best)
                (best, reason, predicted) = (graph, link.Reason, false);
            if (content > best)
                (best, reason, predicted) = (content, ReasonText.SimilarTo(name, Content.SharedTerms(item.Index, j)),
                    false);
            double category = CategoryShare(item, j, totalWeight) * weights[SameCategory];
            if (category > best)
            {
                (best, reason, predicted) = (category,
                    ReasonText.SameCategory(name, SharedCategory(item.Index, j)), false);
            }

            if (_extra is not null)
            {
                // This item's share of the extra signal, a weighted mean over the history in Signals.
                double extra = item.Weight * weights[Extra] * _extra.Score(item.Index, j) / totalWeight;
                if (extra > best)
                    (best, reason, predicted) = (extra, ReasonText.PredictedWith(name), true);
            }
        }

        return predicted && link.Score > 0 ? link.Reason : reason;
    }

    // Which kind of link the graph joins them by, in the words of Amazon's lists: the also-bought list (read from
    // either product's page) or the bought-after-viewing one (whose direction matters).
    private string LinkReason(int from, int to, string name)
    {
        if (Catalog.AlsoBought[from].Contains(to) || Catalog.AlsoBought[to].Contains(from))
            return ReasonText.BoughtTogether(name);
        return Catalog.BoughtAfterViewing[from].Contains(to)
            ? $"bought by shoppers who viewed {ReasonText.Short(name)}"
            : $"viewed by shoppers who then bought {ReasonText.Short(name)}";
    }

    // The deepest category the two share: the whole path's last level when the paths are equal, else the top level.
    private string SharedCategory(int from, int to)
    {
        var path = Catalog[from].Category;
        return path.FullPath == Catalog[to].Category.FullPath ? path.Levels[^1] : path.TopLevel;
    }

    // This history item's share of the category signal, as Signals builds it from the same shares.
    private float CategoryShare(HistoryItem item, int j, float totalWeight)
    {
        var from = Catalog[item.Index].Category;
        var to = Catalog[j].Category;
        if (from.IsEmpty || to.IsEmpty || totalWeight <= 0)
            return 0;
        float share = (from.FullPath == to.FullPath ? SamePathShare : 0f) +
            (from.TopLevel == to.TopLevel ? SameTopLevelShare : 0f);
        return item.Weight * share / (CategoryShares * totalWeight);
    }
}
