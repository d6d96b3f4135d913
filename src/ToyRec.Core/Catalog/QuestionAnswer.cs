namespace ToyRec.Catalog;

/// <summary>A customer question with its answer.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answer">The answer, with the page's "see more / see less" clutter removed.</param>
public sealed record QuestionAnswer(string Question, string Answer);
