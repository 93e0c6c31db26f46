BeforeDiscovery {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    $cmdlets = Get-Command -Module ImgurPS -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
}

Describe 'Get-Help <Name>' -ForEach $cmdlets {
    BeforeAll { $help = Get-Help $Name -Full }

    It 'comes from the compiled help, with a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($Name))\s" -Because 'an auto-generated synopsis is only the syntax'
        ($help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'has an example' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 1
        $help.examples.example[0].code | Should -Match $Name
    }

    It 'describes every parameter' {
        $shown = (Get-Command $Name).Parameters.Values |
            Where-Object { $_.Name -notin $common -and -not ($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }) }
        foreach ($parameter in $shown.Name) {
            $described = $help.parameters.parameter | Where-Object name -EQ $parameter
            ($described.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }

    It 'says where an Imgur link works as an id' {
        $linked = (Get-Command $Name).Parameters.Values | Where-Object { $_.Attributes | Where-Object { $_.GetType().Name -eq 'ImgurLinkAttribute' } }
        foreach ($parameter in $linked.Name) {
            $described = $help.parameters.parameter | Where-Object name -EQ $parameter
            ($described.description.Text -join ' ') | Should -Match 'link' -Because "-$parameter takes an Imgur link, and its help should say so"
        }
    }
}

Describe 'Get-Help about_ImgurPS' {
    It 'explains the concepts' {
        $about = Get-Help about_ImgurPS | Out-String
        $about | Should -Match 'ImgurPS'
        $about | Should -Match 'Set-ImgurOption'
        $about | Should -Match 'emulator'
    }
}
