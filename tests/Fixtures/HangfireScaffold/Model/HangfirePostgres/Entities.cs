namespace HangfireScaffold.Model.HangfirePostgres;

// Hangfire.PostgreSql job storage (schema "hangfire", lower-case tables and columns), as a
// database-first `dotnet ef dbcontext scaffold` against PostgreSQL maps it: class and property
// names are the table/column names with the first letter capitalized. Mapping:
// HangfirePostgresMapping.cs.

public partial class Aggregatedcounter
{
    public long Id { get; set; }

    public string Key { get; set; }

    public long Value { get; set; }

    public DateTime? Expireat { get; set; }
}

public partial class Counter
{
    public long Id { get; set; }

    public string Key { get; set; }

    public long Value { get; set; }

    public DateTime? Expireat { get; set; }
}

public partial class Hash
{
    public long Id { get; set; }

    public string Key { get; set; }

    public string Field { get; set; }

    public string Value { get; set; }

    public DateTime? Expireat { get; set; }

    public int Updatecount { get; set; }
}

public partial class Job
{
    public long Id { get; set; }

    public long? Stateid { get; set; }

    public string Statename { get; set; }

    public string Invocationdata { get; set; }

    public string Arguments { get; set; }

    public DateTime Createdat { get; set; }

    public DateTime? Expireat { get; set; }

    public int Updatecount { get; set; }

    public virtual ICollection<Jobparameter> Jobparameters { get; set; } = new List<Jobparameter>();

    public virtual ICollection<State> States { get; set; } = new List<State>();
}

public partial class Jobparameter
{
    public long Id { get; set; }

    public long Jobid { get; set; }

    public string Name { get; set; }

    public string Value { get; set; }

    public int Updatecount { get; set; }

    public virtual Job Job { get; set; }
}

public partial class Jobqueue
{
    public long Id { get; set; }

    public long Jobid { get; set; }

    public string Queue { get; set; }

    public DateTime? Fetchedat { get; set; }

    public int Updatecount { get; set; }
}

public partial class List
{
    public long Id { get; set; }

    public string Key { get; set; }

    public string Value { get; set; }

    public DateTime? Expireat { get; set; }

    public int Updatecount { get; set; }
}

/// <summary>No primary key in the database (only UNIQUE(resource)): the scaffolder maps it keyless.</summary>
public partial class Lock
{
    public string Resource { get; set; }

    public int Updatecount { get; set; }

    public DateTime? Acquired { get; set; }
}

public partial class Schema
{
    public int Version { get; set; }
}

public partial class Server
{
    public string Id { get; set; }

    public string Data { get; set; }

    public DateTime Lastheartbeat { get; set; }

    public int Updatecount { get; set; }
}

public partial class Set
{
    public long Id { get; set; }

    public string Key { get; set; }

    public double Score { get; set; }

    public string Value { get; set; }

    public DateTime? Expireat { get; set; }

    public int Updatecount { get; set; }
}

public partial class State
{
    public long Id { get; set; }

    public long Jobid { get; set; }

    public string Name { get; set; }

    public string Reason { get; set; }

    public DateTime Createdat { get; set; }

    public string Data { get; set; }

    public int Updatecount { get; set; }

    public virtual Job Job { get; set; }
}
