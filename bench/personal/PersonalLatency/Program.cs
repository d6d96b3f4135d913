using System.Diagnostics;
using System.Globalization;
using ToyRec.Evaluation;
using ToyRec.Personal;

// One user's top-10 from ToyRec's personal model, timed over seeded random users after a warm-up, and the full
// leave-one-out test evaluation (build the test models, rank every user over all items) timed once.
string path = args.Length > 0 ? args[0] : "../shared/data/amazon_toys_5core/sequential.txt";
var log = new InteractionLogReader().ReadFile(path);
var split = LeaveOneOutSplit.Create(log.Sequences, LeaveOneOutTarget.Test);

var clock = Stopwatch.StartNew();
var model = PersonalModel.Build(split.Histories, log.ItemCount);
double build = clock.Elapsed.TotalSeconds;
var metrics = HistoryRankingEvaluator.Evaluate(split, model);
double total = clock.Elapsed.TotalSeconds;

var random = new Random(42);
for (int i = 0; i < 200; i++)
    model.Recommend(split.Histories[random.Next(split.Count)], 10);
var latencies = new double[2000];
for (int i = 0; i < latencies.Length; i++)
{
    var history = split.Histories[random.Next(split.Count)];
    long start = Stopwatch.GetTimestamp();
    model.Recommend(history, 10);
    latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}

Array.Sort(latencies);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $$"""{"users": {{split.Count}}, "hr10": {{metrics.HitRateAt10:0.0000}}, "ndcg10": {{metrics.NdcgAt10:0.0000}}, "buildSeconds": {{build:0.000}}, "totalSeconds": {{total:0.000}}, "topTenMedianMs": {{latencies[latencies.Length / 2]:0.0000}}, "topTenP99Ms": {{latencies[(int)(latencies.Length * 0.99)]:0.0000}}}"""));
