namespace SourceMappedHistories.Model.Users;

/// <summary>Mapped by <see cref="UserConfiguration"/> ("users"); no context applies it since v2.</summary>
public class User
{
    public int Id { get; set; }
    public string UserName { get; set; }
    public string Email { get; set; }
}
