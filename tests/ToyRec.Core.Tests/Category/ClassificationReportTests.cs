using ToyRec.Category;

namespace ToyRec.Core.Tests.Category;

public sealed class ClassificationReportTests
{
    [Fact]
    public void Compute_SmallConfusion_HandWorkedScores()
    {
        // truth a a a b b c; predicted a a b b c c. a: P = 2/2, R = 2/3, F1 = 0.8; b: P = 1/2, R = 1/2, F1 = 0.5;
        // c: P = 1/2, R = 1, F1 = 2/3. Accuracy 4/6, macro-F1 (0.8 + 0.5 + 2/3) / 3.
        var report = ClassificationReport.Compute([0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 2, 2], ["a", "b", "c"]);
        Tolerance.Equal(4.0 / 6, report.Accuracy);
        Tolerance.Equal((0.8 + 0.5 + (2.0 / 3)) / 3, report.MacroF1);
        Tolerance.Equal(1, report.PerClass[0].Precision);
        Tolerance.Equal(2.0 / 3, report.PerClass[0].Recall);
        Tolerance.Equal(0.8, report.PerClass[0].F1);
        Tolerance.Equal(0.5, report.PerClass[1].F1);
        Tolerance.Equal(2.0 / 3, report.PerClass[2].F1);
        Assert.Equal([3, 2, 1], report.PerClass.Select(c => c.Support));
        Assert.Equal([2, 1, 0], report.Confusion[0]);
        Assert.Equal([0, 1, 1], report.Confusion[1]);
        Assert.Equal([0, 0, 1], report.Confusion[2]);
    }

    [Fact]
    public void Compute_AbsentClass_LeftOutOfMacroF1()
    {
        var report = ClassificationReport.Compute([0, 0], [0, 0], ["a", "b"]);
        Tolerance.Equal(1, report.MacroF1);
        Tolerance.Equal(0, report.PerClass[1].F1);
    }

    [Fact]
    public void Compute_Empty_ZeroNotNaN()
    {
        var report = ClassificationReport.Compute([], [], ["a", "b"]);
        Assert.Equal(0, report.Accuracy);
        Assert.Equal(0, report.MacroF1);
    }
}
