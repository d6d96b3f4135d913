namespace ToyRec.Neural;

/// <summary>One batch of network inputs, one row per product.</summary>
/// <param name="Text">The TF-IDF bag of words of each product.</param>
/// <param name="Category">Category-path id (0 = unknown).</param>
/// <param name="TopLevel">Top-level-category id (0 = unknown).</param>
/// <param name="Manufacturer">Manufacturer id (0 = unknown).</param>
/// <param name="Numeric">Standardised numeric features, one row per product.</param>
public sealed record NetworkInput(SparseRows Text, int[] Category, int[] TopLevel, int[] Manufacturer, Matrix Numeric)
{
    /// <summary>Number of products in the batch.</summary>
    public int Count => Category.Length;
}
