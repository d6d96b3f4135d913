namespace ToyRec.Neural;

/// <summary>Which matrix-multiply implementation <see cref="Gemm"/> runs.</summary>
public enum GemmKernel
{
    /// <summary>OpenBLAS <c>cblas_sgemm</c> from <c>libopenblas.so.0</c>, called through P/Invoke.</summary>
    OpenBlas,

    /// <summary>The managed blocked, Vector256, multi-threaded kernel (<see cref="ManagedGemm"/>).</summary>
    Managed,
}
