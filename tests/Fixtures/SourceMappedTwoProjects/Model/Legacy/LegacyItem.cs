using System.ComponentModel.DataAnnotations.Schema;

namespace SourceMappedTwoProjects.Model.Legacy;

/// <summary>Table "legacy_items", named by the attribute: AppDbContext in v1, LegacyDbContext since v2.</summary>
[Table("legacy_items")]
public class LegacyItem
{
    public int Id { get; set; }
    public string Sku { get; set; }
    public string Description { get; set; }
}
