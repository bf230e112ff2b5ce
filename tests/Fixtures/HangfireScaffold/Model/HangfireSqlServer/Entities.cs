namespace HangfireScaffold.Model.HangfireSqlServer;

// Hangfire.SqlServer job storage (schema "HangFire", schema version 7), as a database-first
// `dotnet ef dbcontext scaffold` against SQL Server maps it. Mapping: HangfireSqlServerMapping.cs.

public partial class AggregatedCounter
{
    public string Key { get; set; }

    public long Value { get; set; }

    public DateTime? ExpireAt { get; set; }
}

public partial class Counter
{
    public string Key { get; set; }

    public int Value { get; set; }

    public DateTime? ExpireAt { get; set; }

    public long Id { get; set; }
}

public partial class Hash
{
    public string Key { get; set; }

    public string Field { get; set; }

    public string Value { get; set; }

    public DateTime? ExpireAt { get; set; }
}

public partial class Job
{
    public long Id { get; set; }

    public long? StateId { get; set; }

    public string StateName { get; set; }

    public string InvocationData { get; set; }

    public string Arguments { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpireAt { get; set; }

    public virtual ICollection<JobParameter> JobParameters { get; set; } = new List<JobParameter>();

    public virtual ICollection<State> States { get; set; } = new List<State>();
}

public partial class JobParameter
{
    public long JobId { get; set; }

    public string Name { get; set; }

    public string Value { get; set; }

    public virtual Job Job { get; set; }
}

public partial class JobQueue
{
    public long Id { get; set; }

    public long JobId { get; set; }

    public string Queue { get; set; }

    public DateTime? FetchedAt { get; set; }
}

public partial class List
{
    public long Id { get; set; }

    public string Key { get; set; }

    public string Value { get; set; }

    public DateTime? ExpireAt { get; set; }
}

public partial class Schema
{
    public int Version { get; set; }
}

public partial class Server
{
    public string Id { get; set; }

    public string Data { get; set; }

    public DateTime LastHeartbeat { get; set; }
}

public partial class Set
{
    public string Key { get; set; }

    public double Score { get; set; }

    public string Value { get; set; }

    public DateTime? ExpireAt { get; set; }
}

public partial class State
{
    public long Id { get; set; }

    public long JobId { get; set; }

    public string Name { get; set; }

    public string Reason { get; set; }

    public DateTime CreatedAt { get; set; }

    public string Data { get; set; }

    public virtual Job Job { get; set; }
}
