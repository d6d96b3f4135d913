namespace ToyRec.Server.Sessions;

/// <summary>The shopper events the service records, with their names on the wire and in the database.</summary>
public static class EventType
{
    public const string View = "view";
    public const string AddToBasket = "add_to_basket";
    public const string RemoveFromBasket = "remove_from_basket";
    public const string Purchase = "purchase";

    public static IReadOnlyList<string> All { get; } = [View, AddToBasket, RemoveFromBasket, Purchase];

    public static bool IsKnown(string? type) => type is View or AddToBasket or RemoveFromBasket or Purchase;
}
