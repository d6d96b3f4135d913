using ToyRec.Category;

namespace ToyRec.Server.Recommendations;

/// <summary>The category model (multinomial logistic regression on name, price and rating) behind the API.</summary>
public sealed class SoftmaxCategoryPredictor : ICategoryPredictor
{
    private readonly CategoryModel _model;

    /// <summary>Wraps a fitted or loaded model.</summary>
    public SoftmaxCategoryPredictor(CategoryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <inheritdoc />
    public CategoryPrediction Predict(string name, decimal? price, double? rating, int top)
    {
        var query = new CategoryQuery(name, (double?)price, rating);
        var scores = _model.Predict(query);
        return new CategoryPrediction("softmax-regression",
            scores.Take(top).Select(s => new CategoryProbability(s.Name, s.Probability)).ToList(),
            _model.KnowsName(name)
                ? "multinomial logistic regression on the name's word and character n-grams, log price and rating"
                : $"multinomial logistic regression: {CategoryModel.UnknownNameRemark(query)}");
    }
}
