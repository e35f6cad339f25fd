using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Tests.Extraction.Mentions;

public sealed class TermAutomatonTests
{
    [Fact]
    public void Finds_every_occurrence_including_terms_inside_and_across_other_terms()
    {
        var automaton = new TermAutomaton<string>([("长春", "city"), ("长春新区", "zone"), ("新区", "new"), ("长白山", "mountain"), ("白山", "白山市")]);

        var found = automaton.FindAll("长春新区和长白山");

        Assert.Equal(
            [(0, 2, "city"), (0, 4, "zone"), (2, 2, "new"), (5, 3, "mountain"), (6, 2, "白山市")],
            found.Select(m => (m.Start, m.Length, m.Value)).OrderBy(m => m.Start).ThenBy(m => m.Length).ToList());
    }

    [Fact]
    public void Scan_keeps_the_leftmost_longest_occurrences_that_do_not_overlap()
    {
        var automaton = new TermAutomaton<string>([("长春", "city"), ("长春新区", "zone"), ("新区", "new"), ("长白山", "mountain"), ("白山", "白山市")]);

        var kept = automaton.Scan("长春新区和长白山，白山");

        Assert.Equal([(0, 4, "zone"), (5, 3, "mountain"), (9, 2, "白山市")], kept.Select(m => (m.Start, m.Length, m.Value)).ToList());
    }

    [Fact]
    public void The_first_registration_of_a_term_wins()
    {
        var automaton = new TermAutomaton<string>([("吉林", "province"), ("吉林", "city")]);

        Assert.Equal("province", Assert.Single(automaton.FindAll("吉林")).Value);
        Assert.Equal(1, automaton.TermCount);
    }

    [Fact]
    public void Agrees_with_a_plain_search_on_random_terms_and_texts()
    {
        // Terms over a five-character alphabet share prefixes and suffixes in every way, which is
        // what the fail and dictionary links have to get right.
        const string alphabet = "长春新区山";
        var random = new Random(20261202);
        string Word(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        for (var round = 0; round < 200; round++)
        {
            var terms = Enumerable.Range(0, random.Next(1, 12)).Select(i => (Word(1, 4), i)).ToList();
            var automaton = new TermAutomaton<int>(terms);
            var text = Word(0, 40);

            var expected = new List<(int, int, int)>();
            var first = terms.GroupBy(t => t.Item1).ToDictionary(g => g.Key, g => g.First().Item2);
            for (var end = 1; end <= text.Length; end++)
            {
                foreach (var (term, value) in first.OrderByDescending(t => t.Key.Length))
                {
                    if (term.Length <= end && string.CompareOrdinal(text, end - term.Length, term, 0, term.Length) == 0) expected.Add((end - term.Length, term.Length, value));
                }
            }

            Assert.Equal(expected, automaton.FindAll(text).Select(m => (m.Start, m.Length, m.Value)).ToList());
        }
    }
}
