namespace ToyRec.Neural;

/// <summary>
/// A layer from a dense matrix to a dense matrix. <see cref="Forward"/> keeps what <see cref="Backward"/> needs;
/// <see cref="Backward"/> adds the parameter gradients and returns ∂loss/∂input.
/// </summary>
public interface ILayer
{
    /// <summary>The layer's learned parameters (empty for ReLU and dropout).</summary>
    IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Computes the output for a batch (one row per example).</summary>
    /// <param name="input">The batch.</param>
    /// <param name="training">True while training (dropout is active), false for evaluation.</param>
    Matrix Forward(Matrix input, bool training);

    /// <summary>Given ∂loss/∂output of the last forward batch, accumulates parameter gradients.</summary>
    /// <returns>∂loss/∂input.</returns>
    Matrix Backward(Matrix outputGradient);
}
