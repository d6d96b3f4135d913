namespace ToyRec.Evaluation;

/// <summary>Which held-out item of each user a leave-one-out split asks for.</summary>
public enum LeaveOneOutTarget
{
    /// <summary>The second-to-last item; the history is everything before it.</summary>
    Validation,

    /// <summary>The last item; the history is everything before it (the validation item included).</summary>
    Test,
}
