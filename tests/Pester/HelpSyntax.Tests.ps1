BeforeDiscovery {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    $cmdlets = Get-Command -Module ImgurPS -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    $helpRoot = Join-Path $PSScriptRoot '../../docs/help'

    # Get-Command prints C# aliases (int, long[]); PlatyPS writes .NET names (Int32, Int64[]).
    $aliases = @{
        int = 'Int32'; long = 'Int64'; bool = 'Boolean'; double = 'Double'; string = 'String'; uri = 'Uri'
        scriptblock = 'ScriptBlock'; securestring = 'SecureString'; pscredential = 'PSCredential'
    }

    function ConvertTo-PlatyPSType([string] $Line) {
        [regex]::Replace($Line, '<([A-Za-z]+)(\[\])?>', {
                param($m)
                $type = $m.Groups[1].Value
                if ($aliases.ContainsKey($type.ToLowerInvariant())) { $type = $aliases[$type.ToLowerInvariant()] }
                "<$type$($m.Groups[2].Value)>"
            })
    }

    function Compress-Whitespace([string] $Text) { ($Text -replace '\s+', ' ').Trim() }

    # Pages are read online where the repository the manifest names renders them.
    $project = (Import-PowerShellDataFile -LiteralPath (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1')).PrivateData.PSData.ProjectUri
}

Describe 'docs/help/<Name>.md' -ForEach $cmdlets {
    BeforeAll {
        $command = Get-Command $Name
        $markdown = Get-Content (Join-Path $helpRoot "$Name.md") -Raw
        $syntax = [regex]::Match($markdown, '(?ms)^## SYNTAX\s*$(.*?)^## ').Groups[1].Value

        $documented = [ordered]@{}
        foreach ($block in [regex]::Matches($syntax, '(?ms)^### ([^\r\n]+)\r?\n```\r?\n(.*?)\r?\n```')) {
            $documented[$block.Groups[1].Value.Trim()] = Compress-Whitespace $block.Groups[2].Value
        }

        # PlatyPS leaves DontShow parameters out of the syntax.
        $hidden = $command.Parameters.Values |
            Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow } } |
            ForEach-Object Name
        $sets = @($command.ParameterSets)
        $real = [ordered]@{}
        foreach ($set in $sets) {
            $line = "$Name $set"
            foreach ($parameter in $hidden) { $line = $line -replace "\s\[*-$parameter\]?(?: <[^>]+>)?\]?", '' }
            $title = if ($sets.Count -eq 1) { '__AllParameterSets' } elseif ($set.IsDefault) { "$($set.Name) (Default)" } else { $set.Name }
            $real[$title] = Compress-Whitespace (ConvertTo-PlatyPSType $line)
        }
    }

    It 'has one SYNTAX heading for each parameter set, the default one marked' {
        @($documented.Keys | Sort-Object) | Should -Be @($real.Keys | Sort-Object)
    }

    It 'shows each parameter set as Get-Command does, with PlatyPS type names' {
        foreach ($title in $real.Keys) {
            $documented[$title] | Should -BeExactly $real[$title] -Because "the syntax of set '$title' must match the cmdlet"
        }
    }

    It 'has at least two examples' {
        ([regex]::Matches($markdown, '(?m)^### Example \d+: ')).Count | Should -BeGreaterOrEqual 2
    }

    It 'is what Get-Help -Online opens, from the [Cmdlet] HelpUri, the online version and the compiled help alike' {
        $address = "$project/blob/main/docs/help/$Name.md"
        $command.HelpUri | Should -BeExactly $address
        Join-Path $helpRoot "$Name.md" | Should -Exist
        $markdown | Should -Match "(?m)^online version: $([regex]::Escape($address))\r?$"
        @((Get-Help $Name -Full).relatedLinks.navigationLink)[0].uri | Should -BeExactly $address -Because 'Get-Help -Online opens the first related link that has an address'
    }
}
