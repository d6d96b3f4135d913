namespace ToyRec.Category;

/// <summary>
/// Accuracy, macro-F1, per-class scores and the confusion matrix of a classifier on a test set.
/// </summary>
/// <remarks>
/// Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2PR / (P + R), each 0 when its denominator is 0;
/// macro-F1 is the unweighted mean of F1 over the classes that occur among the true or predicted labels, as
/// scikit-learn's <c>f1_score(average="macro")</c> computes it (Sokolova and Lapalme, "A systematic analysis of
/// performance measures for classification tasks", IP&amp;M 45, 2009). Confusion[i][j] counts items of true
/// class i predicted as j. Empty input gives accuracy and macro-F1 of 0.
/// </remarks>
public sealed record ClassificationReport(
    double Accuracy,
    double MacroF1,
    IReadOnlyList<ClassScore> PerClass,
    IReadOnlyList<int[]> Confusion)
{
    /// <summary>Scores predictions against the truth for classes 0..names.Count−1.</summary>
    public static ClassificationReport Compute(IReadOnlyList<int> actual, IReadOnlyList<int> predicted,
        IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(names);
        if (actual.Count != predicted.Count)
            throw new ArgumentException($"{actual.Count} true labels but {predicted.Count} predictions.");
        int k = names.Count;
        var confusion = Enumerable.Range(0, k).Select(_ => new int[k]).ToArray();
        int correct = 0;
        for (int i = 0; i < actual.Count; i++)
        {
            confusion[actual[i]][predicted[i]]++;
            if (actual[i] == predicted[i])
                correct++;
        }

        var scores = new List<ClassScore>(k);
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++)
        {
            int truePositive = confusion[c][c];
            int support = confusion[c].Sum();
            int predictedCount = confusion.Sum(row => row[c]);
            double precision = predictedCount == 0 ? 0 : (double)truePositive / predictedCount;
            double recall = support == 0 ? 0 : (double)truePositive / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.Add(new ClassScore(names[c], precision, recall, f1, support));
            if (support > 0 || predictedCount > 0)
            {
                f1Sum += f1;
                present++;
            }
        }

        double accuracy = actual.Count == 0 ? 0 : (double)correct / actual.Count;
        return new ClassificationReport(accuracy, present == 0 ? 0 : f1Sum / present, scores, confusion);
    }
}
