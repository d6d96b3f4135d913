namespace ToyRec.Category;

/// <summary>Precision, recall and F1 of one class, and how many test items truly belong to it.</summary>
public sealed record ClassScore(string Name, double Precision, double Recall, double F1, int Support);
