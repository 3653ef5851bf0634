using System.Text.RegularExpressions;
using AwesomeAssertions;
using Xunit;
using Zeron.Accounts.Authentication;

namespace Zeron.UnitTests.Accounts.Authentication;

public sealed partial class ApiKeySecretsTests
{
    [GeneratedRegex("^zk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyShape();

    [Fact]
    public void Generate_returns_key_of_documented_shape_whose_prefix_is_its_first_15_characters()
    {
        var (key, prefix, hash) = ApiKeySecrets.Generate();

        key.Should().MatchRegex(KeyShape());
        prefix.Should().Be(key[..15]).And.StartWith("zk_");
        hash.Should().Equal(ApiKeySecrets.Hash(key)).And.HaveCount(32);
    }

    [Fact]
    public void PrefixOf_a_generated_key_is_the_generated_prefix()
    {
        var (key, prefix, _) = ApiKeySecrets.Generate();

        ApiKeySecrets.PrefixOf(key).Should().Be(prefix);
    }

    [Fact]
    public void PrefixOf_a_hand_written_well_formed_key_is_zk_plus_the_twelve_character_id()
    {
        var key = "zk_Ab3dEf6hIj9L_" + new string('x', 43);

        ApiKeySecrets.PrefixOf(key).Should().Be("zk_Ab3dEf6hIj9L");
    }

    public static TheoryData<string, string> MalformedKeys => new()
    {
        { "empty", "" },
        { "prefix only", "zk_" },
        { "too short", "zk_short" },
        { "id without separator or secret", "zk_Ab3dEf6hIj9L" },
        { "id of eleven characters", "zk_Ab3dEf6hIj9_" + new string('x', 43) },
        { "separator replaced by a dash", "zk_Ab3dEf6hIj9L-" + new string('x', 43) },
        { "separator replaced by NUL", "zk_Ab3dEf6hIj9L\0" + new string('x', 43) },
        { "leading NUL byte", "\0zk_Ab3dEf6hIj9L_" + new string('x', 43) },
        { "NUL bytes only", new string('\0', 60) },
        { "NUL bytes inside the id", "zk_" + new string('\0', 12) + "_" + new string('x', 43) },
        { "punctuation inside the id", "zk_Ab3dEf6h/j9L_" + new string('x', 43) },
        { "upper-case scheme prefix", "ZK_Ab3dEf6hIj9L_" + new string('x', 43) },
        { "leading space", " zk_Ab3dEf6hIj9L_" + new string('x', 43) },
        { "a JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" },
        { "another vendor's key", "sk_live_Ab3dEf6hIj9L_" + new string('x', 43) },
        { "129 characters", "zk_Ab3dEf6hIj9L_" + new string('x', 113) },
        { "10,000 characters", "zk_Ab3dEf6hIj9L_" + new string('x', 10_000 - 16) },
    };

    [Theory]
    [MemberData(nameof(MalformedKeys))]
    public void PrefixOf_is_null_for_strings_not_shaped_like_a_zeron_key(string description, string candidate)
    {
        ApiKeySecrets.PrefixOf(candidate).Should().BeNull(description);
    }

    [Fact]
    public void PrefixOf_accepts_a_key_of_exactly_128_characters()
    {
        var key = "zk_Ab3dEf6hIj9L_" + new string('x', 112);

        ApiKeySecrets.PrefixOf(key).Should().Be("zk_Ab3dEf6hIj9L");
    }

    [Fact]
    public void Matches_accepts_the_same_key_and_rejects_any_other()
    {
        var (key, _, hash) = ApiKeySecrets.Generate();
        var (otherKey, _, _) = ApiKeySecrets.Generate();

        ApiKeySecrets.Matches(key, hash).Should().BeTrue();
        ApiKeySecrets.Matches(otherKey, hash).Should().BeFalse();
        ApiKeySecrets.Matches(key[..^1], hash).Should().BeFalse();
        ApiKeySecrets.Matches(key + "x", hash).Should().BeFalse();
        ApiKeySecrets.Matches(key.ToUpperInvariant(), hash).Should().BeFalse();
        ApiKeySecrets.Matches(key, []).Should().BeFalse();
    }

    [Fact]
    public void Generate_never_repeats_a_key_or_a_prefix_across_many_generations()
    {
        var generated = Enumerable.Range(0, 5_000).Select(_ => ApiKeySecrets.Generate()).ToList();

        generated.Select(g => g.Key).Should().OnlyHaveUniqueItems();
        generated.Select(g => g.Prefix).Should().OnlyHaveUniqueItems();
        generated.Select(g => Convert.ToHexString(g.Hash)).Should().OnlyHaveUniqueItems();
    }
}
