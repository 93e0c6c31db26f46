using System.Collections.Generic;
using System.Linq;
using ImgurPS.Client;
using Mono.Cecil;

namespace ImgurPS.Tests;

/// <summary>
/// The client and the models know nothing of PowerShell: only the cmdlets and the module's entry point may use
/// System.Management.Automation. Read from ImgurPS.dll's metadata, so a reference hidden in a method body counts too.
/// </summary>
public class LayeringTests
{
    private const string PowerShellAssembly = "System.Management.Automation";

    private static readonly HashSet<string> EntryPoint = new() { "ImgurPS.ImgurModule", "ImgurPS.DependencyLoader" };

    private static ModuleDefinition ReadModule() => ModuleDefinition.ReadModule(typeof(ImgurApiClient).Assembly.Location);

    [Fact]
    public void OnlyTheCmdletsAndTheEntryPointReferencePowerShell()
    {
        using var module = ReadModule();
        var offenders = module.GetTypes()
            .Where(type => !IsPowerShellLayer(type) && ReferencesPowerShell(type))
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheCheckFindsTheCmdletsReferences()
    {
        // Without this, a check that never recognised a reference would pass the test above by finding nothing.
        using var module = ReadModule();
        Assert.True(ReferencesPowerShell(module.GetType("ImgurPS.Commands.ImgurCmdlet")));
        Assert.Contains(module.GetTypes(), type => type.Namespace == "ImgurPS.Client" && !ReferencesPowerShell(type));
    }

    private static bool IsPowerShellLayer(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.Namespace == "ImgurPS.Commands" || type.Namespace.StartsWith("ImgurPS.Commands.") || EntryPoint.Contains(type.FullName);
    }

    private static bool ReferencesPowerShell(TypeDefinition type) =>
        IsPowerShell(type.BaseType)
        || type.Interfaces.Any(i => IsPowerShell(i.InterfaceType))
        || UsesPowerShell(type.CustomAttributes)
        || type.Fields.Any(field => IsPowerShell(field.FieldType) || UsesPowerShell(field.CustomAttributes))
        || type.Properties.Any(property => IsPowerShell(property.PropertyType) || UsesPowerShell(property.CustomAttributes))
        || type.Methods.Any(ReferencesPowerShell);

    private static bool ReferencesPowerShell(MethodDefinition method) =>
        IsPowerShell(method.ReturnType)
        || method.Parameters.Any(parameter => IsPowerShell(parameter.ParameterType))
        || UsesPowerShell(method.CustomAttributes)
        || (method.HasBody && (method.Body.Variables.Any(variable => IsPowerShell(variable.VariableType))
                               || method.Body.Instructions.Any(instruction => IsPowerShellOperand(instruction.Operand))));

    private static bool IsPowerShellOperand(object? operand) => operand switch
    {
        TypeReference type => IsPowerShell(type),
        MethodReference method => IsPowerShell(method.DeclaringType) || IsPowerShell(method.ReturnType)
                                  || method.Parameters.Any(parameter => IsPowerShell(parameter.ParameterType)),
        FieldReference field => IsPowerShell(field.DeclaringType) || IsPowerShell(field.FieldType),
        _ => false,
    };

    private static bool UsesPowerShell(IEnumerable<CustomAttribute> attributes) =>
        attributes.Any(attribute => IsPowerShell(attribute.AttributeType));

    private static bool IsPowerShell(TypeReference? type) => type switch
    {
        null => false,
        GenericInstanceType generic => IsPowerShell(generic.ElementType) || generic.GenericArguments.Any(IsPowerShell),
        TypeSpecification specification => IsPowerShell(specification.ElementType),
        GenericParameter => false,
        _ => type.Scope?.Name == PowerShellAssembly,
    };
}
