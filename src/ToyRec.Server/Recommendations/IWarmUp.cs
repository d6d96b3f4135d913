namespace ToyRec.Server.Recommendations;

/// <summary>A model with caches worth filling after start-up, off the request path.</summary>
public interface IWarmUp
{
    /// <summary>Fills the caches; stops early when <paramref name="stopping"/> fires.</summary>
    void WarmUp(CancellationToken stopping);
}
