using System.Collections.Generic;
using System.Linq;

namespace ImgurPS.Emulator.Imgur;

/// <summary>The queued faults, consulted in the order they were added.</summary>
public sealed class FaultBook
{
    readonly object gate = new();
    readonly List<Fault> faults = [];

    public void Add(Fault fault)
    {
        lock (gate)
        {
            faults.Add(fault);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    /// <summary>The first fault due for this request, used up by it; null when none is.</summary>
    public Fault? Take(ApiRequest request)
    {
        lock (gate)
        {
            Fault? fault = faults.FirstOrDefault(f => f.Matches(request) && f.Due());
            if (fault?.Hit() == true)
            {
                faults.Remove(fault);
            }

            return fault;
        }
    }
}
