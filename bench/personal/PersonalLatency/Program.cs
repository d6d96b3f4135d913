using System.Diagnostics;
using System.Text.Json;
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
Console.WriteLine(JsonSerializer.Serialize(new
{
    users = split.Count,
    hr10 = Math.Round(metrics.HitRateAt10, 4),
    ndcg10 = Math.Round(metrics.NdcgAt10, 4),
    buildSeconds = Math.Round(build, 3),
    totalSeconds = Math.Round(total, 3),
    topTenMedianMs = Math.Round(latencies[latencies.Length / 2], 4),
    topTenP99Ms = Math.Round(latencies[(int)(latencies.Length * 0.99)], 4),
}));
