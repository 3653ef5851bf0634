using System.Diagnostics;
using System.Globalization;
using Zeron.Integrations.Embeddings;

// Embedding throughput of the local model as the indexing job uses it: N short synthetic feedback texts
// (5–20 words, realistic overlap), embedded in one background call (batched by length at Zeron's default batch size,
// the batches in parallel on the low-priority threads, one per core), against the same texts one per call on the
// caller's thread (as a search query is), in the same run. Prints one summary line.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var batchSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : new EmbeddingOptions().LocalBatchSize;
var texts = ShortFeedback(count, seed: 9);

var threads = new EmbeddingOptions().LocalBackgroundThreads;
using var batched = new LocalMiniLmGenerator(batchSize, threads, new ForegroundCpu(TimeProvider.System)); // waits while the machine is busy, as in the app
using var single = new LocalMiniLmGenerator(1, threads);
var background = new Microsoft.Extensions.AI.EmbeddingGenerationOptions { AdditionalProperties = new() { [LocalMiniLmGenerator.Background] = true } };
var loadTime = Stopwatch.StartNew();
await batched.GenerateAsync(["warm up: loads the model"]);
loadTime.Stop();
await single.GenerateAsync(texts.Take(50).ToList()); // warm up the one-at-a-time path too

var (batchedRate, batchedPerCpu) = await RateAsync(batched, texts, background);
var (singleRate, _) = await RateAsync(single, texts.Take(Math.Min(count, 500)).ToList(), null);
// Wall-clock rates depend on what else the machine runs; items per CPU-second (this process's own CPU time) do not, much.
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"embeddings: {LocalMiniLmGenerator.ModelName} {batchedRate:F0} short items/s batched ({batchSize} per batch on {threads} low-priority threads, {count} items; goal >= 300) vs {singleRate:F0}/s one at a time (x{batchedRate / singleRate:F1}); {batchedPerCpu:F0} items per CPU-second; {Environment.ProcessorCount} cores, load average {load}; model load {loadTime.Elapsed.TotalMilliseconds:F0} ms"));

static async Task<(double PerSecond, double PerCpuSecond)> RateAsync(LocalMiniLmGenerator generator, IReadOnlyList<string> texts, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = options is null ? await OneAtATimeAsync(generator, texts) : [.. await generator.GenerateAsync(texts, options)];
    clock.Stop();
    process.Refresh();
    return (result.Count / clock.Elapsed.TotalSeconds, result.Count / (process.TotalProcessorTime - cpu).TotalSeconds);
}

static async Task<List<Microsoft.Extensions.AI.Embedding<float>>> OneAtATimeAsync(LocalMiniLmGenerator generator, IReadOnlyList<string> texts)
{
    var all = new List<Microsoft.Extensions.AI.Embedding<float>>(texts.Count);
    foreach (var text in texts)
    {
        all.AddRange(await generator.GenerateAsync([text]));
    }

    return all;
}

static List<string> ShortFeedback(int count, int seed)
{
    string[] subjects = ["The checkout button", "Search", "The export to CSV", "Login with Google", "The invoice PDF", "Dark mode", "The mobile app", "Notifications", "The dashboard", "Password reset"];
    string[] problems = ["does nothing on Safari", "is very slow since the last update", "shows the wrong totals", "crashes when I tap it twice", "is missing for team accounts",
        "logs me out after a minute", "sends the email twice", "looks broken on small screens", "ignores my language setting", "times out with large files"];
    string[] tails = ["", " please fix", " since yesterday", " for all our customers", " on Windows 11", " — really annoying", " after upgrading to pro", " again"];
    var random = new Random(seed);
    return Enumerable.Range(0, count)
        .Select(_ => subjects[random.Next(subjects.Length)] + " " + problems[random.Next(problems.Length)] + tails[random.Next(tails.Length)])
        .ToList();
}
