namespace ToyRec.Server.Recommendations;

/// <summary>Predicts a new product's top-level category from what a seller would type in.</summary>
public interface ICategoryPredictor
{
    /// <summary>Up to <paramref name="top"/> categories, most likely first; probabilities sum to at most 1.</summary>
    CategoryPrediction Predict(string name, decimal? price, double? rating, int top);
}
