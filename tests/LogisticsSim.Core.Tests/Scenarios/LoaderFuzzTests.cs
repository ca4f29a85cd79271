using CsCheck;
using LogisticsSim.Core.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>Seeded fuzzing: a valid file with random edits never makes the loader throw, and every error is located inside the file.</summary>
public class LoaderFuzzTests
{
    private const string Alphabet = "{}[]:,&*!|>'\"-#\n \t0123456789.abdhmPORTBUZI";

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Mini.Text.Length - 1], Gen.Int[0, 2], Gen.Char[Alphabet]).Array[1, 6]
            .Select(edits =>
            {
                var text = new System.Text.StringBuilder(Mini.Text);
                foreach (var (at, kind, c) in edits)
                {
                    int i = Math.Min(at, text.Length - 1);
                    if (kind == 0) text.Remove(i, 1);
                    else if (kind == 1) text.Insert(i, c);
                    else text[i] = c;
                }
                return text.ToString();
            });

    [Fact]
    public void LoadFromText_RandomEdits_NeverThrowAndLocateEveryError() =>
        Mutated.Sample(text =>
        {
            var result = ScenarioLoader.LoadFromText(text, Mini.File);
            int lines = text.Split('\n').Length;
            Assert.Equal(result.Scenario is null, result.Errors.Count > 0);
            Assert.All(result.Errors, e =>
            {
                Assert.InRange(e.Line, 1, lines + 1);
                Assert.True(e.Column >= 1);
                Assert.StartsWith("found ", e.Message);
                Assert.Contains(", expected ", e.Message);
            });
        }, iter: 2000);
}
