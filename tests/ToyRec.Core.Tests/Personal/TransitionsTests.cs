using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class TransitionsTests
{
    [Fact]
    public void Weight_WindowGapDecayAndBackward_HandComputed()
    {
        int[][] histories = [[0, 1, 2], [1, 2]];
        var transitions = Transitions.Build(histories, 3,
            new TransitionOptions(Window: 2, GapDecay: 0.5, Backward: 0.25));

        // 0 → 1 at gap 1 (1), 0 → 2 at gap 2 (0.5), 1 → 2 twice at gap 1 (2); reverse pairs at a quarter.
        Tolerance.Equal(1, transitions.Weight(0, 1));
        Tolerance.Equal(0.5, transitions.Weight(0, 2));
        Tolerance.Equal(2, transitions.Weight(1, 2));
        Tolerance.Equal(0.25 * 2, transitions.Weight(2, 1));
        Tolerance.Equal(0.25 * 0.5, transitions.Weight(2, 0));
    }

    [Fact]
    public void Weight_WindowOne_IsFirstOrderChain()
    {
        var transitions = Transitions.Build([[0, 1, 2]], 3, new TransitionOptions(Window: 1, Backward: 0));

        Tolerance.Equal(1, transitions.Weight(0, 1));
        Tolerance.Equal(0, transitions.Weight(0, 2));
        Tolerance.Equal(0, transitions.Weight(1, 0));
    }

    [Fact]
    public void AddScores_NewestItemWeighsMost()
    {
        var transitions = Transitions.Build([[0, 2], [1, 3]], 4,
            new TransitionOptions(Window: 1, Backward: 0, HistoryDecay: 0.5));
        var scores = new float[4];

        transitions.AddScores([0, 1], scores, 1);

        Tolerance.Equal(0.5, scores[2]);
        Tolerance.Equal(1, scores[3]);
    }
}
