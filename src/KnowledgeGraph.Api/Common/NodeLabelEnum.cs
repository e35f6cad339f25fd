using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

public sealed class NodeLabelEnum : EnumerationGraphType
{
    public NodeLabelEnum()
    {
        Name = "NodeLabel";
        Description = "Node labels of the plan graph; each is also the name of its GraphQL type.";
        Add("PLAN", Labels.Plan, "Plan: one plan, or a compilation of special plans.");
        Add("SECTION", Labels.Section, "Section: a part, chapter, section or numbered item of a plan.");
        Add("COLUMN", Labels.Column, "Column: a boxed list (专栏) or table (表) inside a section.");
        Add("GOAL", Labels.Goal, "Goal: a target the plan sets.");
        Add("INDICATOR", Labels.Indicator, "Indicator: a canonical measure shared by goals at several levels.");
        Add("PROJECT", Labels.Project, "Project: a named project or programme.");
        Add("PLACE", Labels.Place, "Place: an administrative area, zone, park or corridor.");
        Add("AGENCY", Labels.Agency, "Agency: a government body or organisation.");
        Add("STRATEGY", Labels.Strategy, "Strategy: a named strategy or programme plans refer to.");
        Add("DOCUMENT", Labels.Document, "Document: a cited document that is not in the corpus.");
    }
}
