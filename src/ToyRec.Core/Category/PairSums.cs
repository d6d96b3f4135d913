namespace ToyRec.Category;

/// <summary>The sums one L-BFGS pass over a new correction pair gives.</summary>
/// <param name="SY">sᵀy.</param>
/// <param name="YY">yᵀy.</param>
/// <param name="SQ">sᵀd with the next direction's start d = −∇f'.</param>
/// <param name="Largest">max |∇f'ᵢ|.</param>
internal readonly record struct PairSums(double SY, double YY, double SQ, double Largest);
