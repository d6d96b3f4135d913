namespace ToyRec.Catalog;

/// <summary>Where a product's price came from when the source file had none.</summary>
public enum PriceImputation
{
    /// <summary>The price is the product's own.</summary>
    None,

    /// <summary>The median price of products with the same full category path.</summary>
    CategoryPath,

    /// <summary>The median price of products with the same top-level category.</summary>
    TopLevel,

    /// <summary>The median price of the whole catalogue.</summary>
    Global,
}
