using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ImgurPS.Client;

namespace ImgurPS;

/// <summary>
/// Keeps ImgurPS's dependencies (ImgurPS.Http.dll and the Microsoft.Extensions family it uses) in the module's
/// dependencies/ folder and out of everyone else's way. On PowerShell 7 they load into an AssemblyLoadContext of
/// ImgurPS's own, created through reflection because this assembly targets netstandard2.0; on Windows PowerShell
/// 5.1, which has no load contexts, they load by name from the folder whatever version is asked for, as binding
/// redirects would. Only requests made by ImgurPS or by its dependencies are answered.
/// </summary>
internal static class DependencyLoader
{
    private static readonly Assembly Self = typeof(DependencyLoader).Assembly;
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(Self.Location) ?? ".", "dependencies");
    private static readonly Lazy<Func<string, Assembly>> LoadFromPath = new(CreateLoader);

    public static void Register() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

    public static void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

    /// <summary>Builds the HTTP pipeline in ImgurPS.Http.dll; nothing but <see cref="IImgurHttpHost"/> comes back.</summary>
    public static IImgurHttpHost CreateHttpHost(string userAgent)
    {
        var engine = LoadFromPath.Value(Path.Combine(Folder, "ImgurPS.Http.dll"));
        var create = engine.GetType("ImgurPS.Http.ImgurHttpPipeline", throwOnError: true)!
            .GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        return (IImgurHttpHost)create.Invoke(null, new object[] { userAgent })!;
    }

    private static Assembly? Resolve(object? sender, ResolveEventArgs args) => Resolve(Folder, args.Name, args.RequestingAssembly);

    /// <summary>
    /// Answers <paramref name="requesting"/>'s request for <paramref name="requestedName"/> with ImgurPS itself or with
    /// the file of that name in <paramref name="folder"/>, or with null to leave the request to others. The folder is a
    /// parameter so that tests can resolve from a folder of their own.
    /// </summary>
    internal static Assembly? Resolve(string folder, string requestedName, Assembly? requesting)
    {
        var name = new AssemblyName(requestedName).Name;
        // ImgurPS.Http asks for ImgurPS from its own context: it must get this very assembly, or types would not match.
        if (name == Self.GetName().Name) return Self;

        var path = Path.Combine(folder, name + ".dll");
        return IsOurs(requesting, folder) && File.Exists(path) ? LoadFromPath.Value(path) : null;
    }

    private static bool IsOurs(Assembly? requesting, string folder) =>
        requesting is not null
        && (requesting == Self || !requesting.IsDynamic && string.Equals(Path.GetDirectoryName(requesting.Location), folder, StringComparison.OrdinalIgnoreCase));

    // AssemblyLoadContext exists on .NET Core and .NET 5+ only; on .NET Framework the type is missing.
    private static Func<string, Assembly> CreateLoader()
    {
        var contextType = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: false)
            ?? Type.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false);
        var constructor = contextType?.GetConstructors().FirstOrDefault(candidate =>
            candidate.GetParameters().Select(parameter => parameter.ParameterType).SequenceEqual(new[] { typeof(string), typeof(bool) }));
        if (contextType is null || constructor is null) return Assembly.LoadFrom;

        var context = constructor.Invoke(new object[] { "ImgurPS", false });
        var load = contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!;
        return path => (Assembly)load.Invoke(context, new object[] { path })!;
    }
}
