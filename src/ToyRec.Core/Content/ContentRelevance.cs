namespace ToyRec.Content;

/// <summary>What makes a neighbour relevant to a query product in the content evaluation.</summary>
public enum ContentRelevance
{
    /// <summary>The neighbour has the query's top-level category.</summary>
    SameTopLevel,

    /// <summary>The neighbour has the query's full category path.</summary>
    SamePath,

    /// <summary>The neighbour is one of the query's "also bought" links resolved in the catalogue.</summary>
    CoPurchase,
}
