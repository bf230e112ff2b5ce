namespace SourceMappedTwoProjects.Model.Identity;

/// <summary>Table "user_profiles" (ToTable): AppDbContext in v1, IdentityDbContext since v2.</summary>
public class Profile
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string DisplayName { get; set; }
}

/// <summary>No table name anywhere: the table is the DbSet's name, "Devices", in both contexts.</summary>
public class Device
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; }
}

/// <summary>"Sessions" (DbSet name) in AppDbContext in v1; IdentityDbContext maps it to "auth_sessions".</summary>
public class Session
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public DateTime ExpiresAt { get; set; }
}
