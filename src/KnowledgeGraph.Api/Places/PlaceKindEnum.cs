using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Places;

public sealed class PlaceKindEnum : EnumerationGraphType
{
    public PlaceKindEnum()
    {
        Name = "PlaceKind";
        Description = "What sort of area a place is.";
        Add(PlaceKinds.Province, PlaceKinds.Province, "A province (省).");
        Add(PlaceKinds.City, PlaceKinds.City, "A city (市).");
        Add(PlaceKinds.District, PlaceKinds.District, "A city district (区).");
        Add(PlaceKinds.County, PlaceKinds.County, "A county or county-level city (县/县级市).");
        Add(PlaceKinds.Town, PlaceKinds.Town, "A town or township (镇/乡).");
        Add(PlaceKinds.Street, PlaceKinds.Street, "A sub-district (街道).");
        Add(PlaceKinds.Zone, PlaceKinds.Zone, "A development zone or resort area (开发区/度假区).");
        Add(PlaceKinds.Park, PlaceKinds.Park, "An industrial, logistics or science park (园区).");
        Add(PlaceKinds.Other, PlaceKinds.Other, "Any other named area: a corridor, a river basin, a belt.");
    }
}
